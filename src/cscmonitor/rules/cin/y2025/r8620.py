from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8620",
    message="CIN Closure Date present and does not fall within the Census year",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINclosureDate",),
    sql="""
        SELECT _row FROM cin_episode
        WHERE CINclosureDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
