from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="336",
    message="Child does not have a foster placement immediately prior to being placed for "
            "adoption.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes",),
    fields=("PLACE",),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours nb ON nb._row = e._row
        JOIN ssda903_episodes p ON p._row = nb.previous_row
        WHERE e.PLACE IN ('A3', 'A5')
          AND (p.PLACE IS NULL OR p.PLACE NOT IN
               ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
    """,
    note="Follows DfE: placements A3 and A5 (with current foster carers) are checked; the "
         "community validator checks A3 and A4. A child's first episode in the return has no "
         "previous placement to check.",
)
