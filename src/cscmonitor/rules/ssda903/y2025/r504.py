from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="504",
    message="The category of need code differs from that reported at start of current period "
            "of being looked after",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("CIN",),
    sql="""
        WITH linked AS (
            SELECT _row, CHILD, DECOM, CIN,
                   CASE WHEN lag(REC) OVER w = 'X1' AND lag(DEC) OVER w = DECOM
                        THEN 0 ELSE 1 END AS starts_period
            FROM ssda903_episodes
            WHERE DECOM IS NOT NULL
            WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM)
        ),
        periods AS (
            SELECT _row, CHILD, DECOM, CIN,
                   sum(starts_period) OVER (PARTITION BY CHILD ORDER BY DECOM
                                            ROWS UNBOUNDED PRECEDING) AS period
            FROM linked
        ),
        started AS (
            SELECT _row, CIN,
                   first_value(CIN) OVER (PARTITION BY CHILD, period ORDER BY DECOM) AS first_cin
            FROM periods
        )
        SELECT _row FROM started WHERE CIN IS DISTINCT FROM first_cin
    """,
    note="A period of care runs on while an episode ends with X1 and the next starts that day; "
         "its first episode in the return (which may have started in an earlier year) sets the "
         "category of need. Every later episode that differs is flagged.",
)
