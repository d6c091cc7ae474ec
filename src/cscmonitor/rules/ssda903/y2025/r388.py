from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="388",
    message="Reason episode ceased is coded new episode begins, but there is no continuation "
            "episode.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REC", "DEC", "DECOM"),
    sql="""
        SELECT _row FROM (
            SELECT _row, REC, DEC,
                   lead(DECOM) OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS next_start,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, _row DESC)
                       AS from_last
            FROM ssda903_episodes
        )
        WHERE DEC IS NOT NULL AND (
               (REC = 'X1' AND from_last = 1)
            OR (REC = 'X1' AND next_start IS DISTINCT FROM DEC)
            OR (REC <> 'X1' AND next_start = DEC))
    """,
    note="Follows DfE's three checks: an X1 episode needs a next episode starting the day it "
         "ended; the child's last episode cannot end X1; an episode followed by one starting "
         "the day it ended must end X1.",
)
