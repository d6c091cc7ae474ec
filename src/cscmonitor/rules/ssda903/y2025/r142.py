from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="142",
    message="A new episode has started, but the previous episode has not ended.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC", "REC"),
    sql="""
        -- Blank DECOMs come last, so a dated episode is not the latest when the next is dated.
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours nb ON nb._row = e._row
        JOIN ssda903_episodes nx ON nx._row = nb.next_row
        WHERE e.DECOM IS NOT NULL AND nx.DECOM IS NOT NULL
          AND ((e.DEC IS NULL AND NOT invalid_read('ssda903_episodes', 'DEC', e._row))
               OR e.REC IS NULL)
    """,
    note="Every episode but the child's latest must have both DEC and REC. An unreadable DEC "
         "counts as given (rule 147 reports it).",
)
