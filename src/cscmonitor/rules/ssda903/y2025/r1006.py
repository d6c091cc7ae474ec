from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1006",
    message="Missing type invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MISSING",),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MISSING IS NULL OR NOT valid_code('ssda903.missing_type', MISSING)
    """,
)
