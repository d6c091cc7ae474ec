from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8805",
    message="A CIN case cannot have a CIN closure date without a Reason for Closure",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINclosureDate", "ReasonForClosure"),
    sql="""
        SELECT _row FROM cin_episode WHERE CINclosureDate IS NOT NULL AND ReasonForClosure IS NULL
    """,
)
