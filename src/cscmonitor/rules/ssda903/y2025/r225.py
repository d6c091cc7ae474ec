from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="225",
    message="Reason for placement change must be recorded.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REASON_PLACE_CHANGE",),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours o ON o._row = e._row
        JOIN ssda903_episodes x ON x._row = o.next_row
        WHERE e.REC = 'X1' AND e.REASON_PLACE_CHANGE IS NULL
          AND e.PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
          AND x.RNE IN ('P', 'B', 'T', 'U')
          AND x.PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
    """,
    note="An episode ending (X1) in a change of placement to a non-temporary placement needs the "
         "reason; temporary placements (T0-T4) on either side are exempt.",
)
