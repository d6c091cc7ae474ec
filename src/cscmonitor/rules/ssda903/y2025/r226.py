from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="226",
    message="Reason for placement change is not required.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "REASON_PLACE_CHANGE"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours nb ON nb._row = e._row
        LEFT JOIN ssda903_episodes p ON p._row = nb.previous_row
        WHERE e.PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
          AND (e.REASON_PLACE_CHANGE IS NOT NULL OR p.REASON_PLACE_CHANGE IS NOT NULL)
    """,
    note="As DfE says: for a temporary placement the reason must be blank on that episode and on "
         "the episode before it.",
)
