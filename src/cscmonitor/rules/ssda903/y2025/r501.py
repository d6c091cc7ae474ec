from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="501",
    message="A new episode has started before the end date of the previous episode.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC", "DECOM"),
    sql="""
        WITH ordered AS (
            SELECT _row, DECOM,
                   lag(DEC) OVER (PARTITION BY CHILD ORDER BY DECOM) AS previous_dec
            FROM ssda903_episodes
            WHERE DECOM IS NOT NULL
        )
        SELECT _row FROM ordered WHERE DECOM < previous_dec
    """,
    note="The new episode is flagged. An open previous episode (no end date) is left to the "
         "rules on open episodes; an episode starting on the day the previous one ended passes.",
)
