from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="213",
    message="Placement provider information not required.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE_PROVIDER",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND PLACE_PROVIDER IS NOT NULL
    """,
)
