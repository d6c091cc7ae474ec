from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="383",
    message="A child in a temporary placement must subsequently return to his/her normal "
            "placement.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "RNE"),
    sql="""
        SELECT _row FROM (
            SELECT _row, PLACE,
                   lag(PLACE) OVER w AS before, lead(PLACE) OVER w AS after,
                   lead(RNE) OVER w AS next_rne
            FROM ssda903_episodes WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        )
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND before IS NOT NULL
          AND after IS NOT NULL
          AND (after IS DISTINCT FROM before OR next_rne IS DISTINCT FROM 'P')
    """,
    note="Checked for a temporary placement between two episodes of the child: the next "
         "placement must be the one before it, entered with RNE P, as the community "
         "validator reads DfE's rule.",
)
