from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="437",
    message="Reason episode ceased is child has died or is aged 18 or over but there are "
            "further episodes.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REC",),
    sql="""
        -- Blank DECOMs come last, so a dated episode is not the latest when the next is dated.
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours nb ON nb._row = e._row
        JOIN ssda903_episodes nx ON nx._row = nb.next_row
        WHERE e.REC IN ('E2', 'E15') AND e.DECOM IS NOT NULL AND nx.DECOM IS NOT NULL
    """,
    note="Died is E2; aged 18 or over is E15 (age assessment).",
)
