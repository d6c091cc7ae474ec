from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="388",
    message="Reason episode ceased is coded new episode begins, but there is no continuation "
            "episode.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REC", "DEC", "DECOM"),
    sql="""
        -- The child's last episode has no next start, so ending it X1 is flagged too.
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours nb ON nb._row = e._row
        LEFT JOIN ssda903_episodes nx ON nx._row = nb.next_row
        WHERE e.DEC IS NOT NULL AND (
               (e.REC = 'X1' AND nx.DECOM IS DISTINCT FROM e.DEC)
            OR (e.REC <> 'X1' AND nx.DECOM = e.DEC))
    """,
    note="Follows DfE's three checks: an X1 episode needs a next episode starting the day it "
         "ended; the child's last episode cannot end X1; an episode followed by one starting "
         "the day it ended must end X1.",
)
