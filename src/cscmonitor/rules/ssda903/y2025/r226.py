from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="226",
    message="Reason for placement change is not required.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "REASON_PLACE_CHANGE"),
    sql="""
        WITH ordered AS (
            SELECT _row, PLACE, REASON_PLACE_CHANGE,
                   lag(REASON_PLACE_CHANGE) OVER (PARTITION BY CHILD ORDER BY DECOM, _row)
                       AS previous_reason
            FROM ssda903_episodes
        )
        SELECT _row FROM ordered
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
          AND (REASON_PLACE_CHANGE IS NOT NULL OR previous_reason IS NOT NULL)
    """,
    note="As DfE says: for a temporary placement the reason must be blank on that episode and on "
         "the episode before it.",
)
