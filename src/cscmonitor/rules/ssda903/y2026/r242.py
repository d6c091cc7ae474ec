from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="242",
    message="URN = 'XXXXXXX' can only be used for regional adoption agencies",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("URN", "PLACE"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE URN = 'XXXXXXX'
          AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """,
    note="Placements arranged through a regional adoption agency are the adoption (A3-A6) and "
         "foster (U1-U6) placement types, as DfE's check lists them.",
)
