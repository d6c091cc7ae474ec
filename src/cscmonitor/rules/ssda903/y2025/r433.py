from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="433",
    message="The reason for new episode suggests that this is a continuation episode, but the "
            "episode does not start on the same day as the last episode finished.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "DECOM"),
    sql="""
        SELECT _row FROM (
            SELECT _row, RNE, DECOM,
                   lag(DEC) OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS previous_end,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS n
            FROM ssda903_episodes
        )
        WHERE RNE IN ('P', 'L', 'T', 'U', 'B') AND n > 1
          AND previous_end IS DISTINCT FROM DECOM
    """,
    note="A child's first episode in the return has no previous episode to compare; a "
         "previous episode left open counts as not finishing that day.",
)
