from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="383",
    message="A child in a temporary placement must subsequently return to his/her normal "
            "placement.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "RNE"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours o ON o._row = e._row
        JOIN ssda903_episodes b ON b._row = o.previous_row
        JOIN ssda903_episodes a ON a._row = o.next_row
        WHERE e.PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND b.PLACE IS NOT NULL
          AND a.PLACE IS NOT NULL
          AND (a.PLACE IS DISTINCT FROM b.PLACE OR a.RNE IS DISTINCT FROM 'P')
    """,
    note="Checked for a temporary placement between two episodes of the child: the next "
         "placement must be the one before it, entered with RNE P, as the community "
         "validator reads DfE's rule.",
)
