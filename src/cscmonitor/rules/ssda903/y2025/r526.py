from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="526",
    message="Child is missing a placement provider code for at least one episode.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER IS NULL
          AND PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4', 'Z1')
    """,
    note="Temporary placements (T0 to T4) and other placements (Z1) need no provider, as in "
         "DfE's specification of PLACE_PROVIDER.",
)
