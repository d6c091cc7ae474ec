from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="431",
    message="The reason for new episode is started to be looked after, but the previous "
            "episode ended on the same day.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "DECOM"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours o ON o._row = e._row
        JOIN ssda903_episodes p ON p._row = o.previous_row
        WHERE e.RNE = 'S' AND e.DECOM <= p.DEC
    """,
    note="As in the community validator, a previous episode ending after this one started is "
         "flagged too.",
)
