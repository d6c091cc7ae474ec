from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="336",
    message="Child does not have a foster placement immediately prior to being placed for "
            "adoption.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes",),
    fields=("PLACE",),
    sql="""
        SELECT _row FROM (
            SELECT _row, PLACE,
                   lag(PLACE) OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS previous,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS n
            FROM ssda903_episodes
        )
        WHERE PLACE IN ('A3', 'A5') AND n > 1
          AND (previous IS NULL OR previous NOT IN
               ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
    """,
    note="Follows DfE: placements A3 and A5 (with current foster carers) are checked; the "
         "community validator checks A3 and A4. A child's first episode in the return has no "
         "previous placement to check.",
)
