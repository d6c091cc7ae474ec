from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="501",
    message="A new episode has started before the end date of the previous episode.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC", "DECOM"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours nb ON nb._row = e._row
        JOIN ssda903_episodes p ON p._row = nb.previous_row
        WHERE e.DECOM < p.DEC
    """,
    note="The new episode is flagged. An open previous episode (no end date) is left to the "
         "rules on open episodes; an episode starting on the day the previous one ended passes.",
)
