from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="431",
    message="The reason for new episode is started to be looked after, but the previous "
            "episode ended on the same day.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "DECOM"),
    sql="""
        SELECT _row FROM (
            SELECT _row, RNE, DECOM,
                   lag(DEC) OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS previous_end
            FROM ssda903_episodes
        )
        WHERE RNE = 'S' AND DECOM <= previous_end
    """,
    note="As in the community validator, a previous episode ending after this one started is "
         "flagged too.",
)
