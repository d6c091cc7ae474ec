from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="380",
    message="A period of care cannot start with a temporary placement.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "RNE"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE RNE = 'S' AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
    """,
)
