from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="381",
    message="A period of care cannot end with a temporary placement.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "REC"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND REC IS NOT NULL AND REC <> 'X1'
    """,
)
