from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="586",
    message="Dates of missing periods are before child’s date of birth.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_START",),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_START < DOB
    """,
)
