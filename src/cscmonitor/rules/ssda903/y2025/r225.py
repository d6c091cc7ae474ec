from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="225",
    message="Reason for placement change must be recorded.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REASON_PLACE_CHANGE",),
    sql="""
        WITH ordered AS (
            SELECT _row, REC, PLACE, REASON_PLACE_CHANGE,
                   lead(RNE) OVER w AS next_rne, lead(PLACE) OVER w AS next_place
            FROM ssda903_episodes
            WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        )
        SELECT _row FROM ordered
        WHERE REC = 'X1' AND REASON_PLACE_CHANGE IS NULL
          AND PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
          AND next_rne IN ('P', 'B', 'T', 'U')
          AND next_place NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
    """,
    note="An episode ending (X1) in a change of placement to a non-temporary placement needs the "
         "reason; temporary placements (T0-T4) on either side are exempt.",
)
