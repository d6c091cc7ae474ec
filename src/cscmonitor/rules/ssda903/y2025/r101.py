from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="101",
    message="Gender code is not valid.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("SEX",),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE SEX IS NULL OR NOT valid_code('ssda903.sex', SEX)
    """,
    note="From 2024/25 the valid codes are M, F and U; the old 1 and 2 are no longer accepted.",
)
