from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="302",
    message="First episode starts before child was born.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DECOM", "DOB"),
    sql="""
        WITH first AS (
            SELECT e.CHILD, e._row, e.DECOM FROM ssda903_episodes e
            JOIN ssda903_episode_neighbours nb ON nb._row = e._row WHERE nb.n = 1
        )
        SELECT 'ssda903_episodes' AS table_name, f._row FROM first f
        JOIN ssda903_header h ON h.CHILD = f.CHILD WHERE f.DECOM < h.DOB
        UNION ALL
        SELECT 'ssda903_header', h._row FROM first f
        JOIN ssda903_header h ON h.CHILD = f.CHILD WHERE f.DECOM < h.DOB
    """,
    note="Only the child's earliest episode in the return is compared, whatever its reason "
         "for new episode, as the episode that started care may be in an earlier year.",
)
