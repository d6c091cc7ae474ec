from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="433",
    message="The reason for new episode suggests that this is a continuation episode, but the "
            "episode does not start on the same day as the last episode finished.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "DECOM"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours o ON o._row = e._row
        JOIN ssda903_episodes p ON p._row = o.previous_row
        WHERE e.RNE IN ('P', 'L', 'T', 'U', 'B') AND p.DEC IS DISTINCT FROM e.DECOM
    """,
    note="A child's first episode in the return has no previous episode to compare; a "
         "previous episode left open counts as not finishing that day.",
)
