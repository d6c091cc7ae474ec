from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="174",
    message="Mother's child date of birth is recorded but sex shows that the child is a male.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("MC_DOB", "SEX"),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE SEX = 'M' AND (MC_DOB IS NOT NULL OR invalid_read('ssda903_header', 'MC_DOB', _row))
    """,
    note="From 2024/25 a male child is coded M.",
)
