from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8810",
    message="A CIN case cannot have a Reason for Closure without a CIN Closure Date",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("ReasonForClosure", "CINclosureDate"),
    sql="""
        SELECT _row FROM cin_episode WHERE ReasonForClosure IS NOT NULL AND CINclosureDate IS NULL
    """,
)
