from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW02STG1",
    message="Social worker ID does not begin with the characters ‘SW’ or ‘XX’.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_ID",),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_ID IS NOT NULL AND NOT (SW_ID LIKE 'SW%' OR SW_ID LIKE 'XX%')
    """,
    note="Upper-case SW or XX, as DfE writes them; a blank ID is rule SW03STG1's finding.",
)
