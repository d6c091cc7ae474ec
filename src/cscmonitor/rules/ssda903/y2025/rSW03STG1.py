from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW03STG1",
    message="For each social worker episode, information should be complete.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_ID", "SW_DECOM", "SW_REASON"),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_ID IS NULL OR SW_DECOM IS NULL OR SW_REASON IS NULL
    """,
)
