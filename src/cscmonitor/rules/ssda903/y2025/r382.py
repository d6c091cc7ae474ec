from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="382",
    message="A child receiving respite care cannot be in a temporary placement.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("LS", "PLACE"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE LS IN ('V3', 'V4') AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
    """,
)
