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
            -- Every child's dated episodes in one ordered pass (cheaper than a window per
            -- child): an episode continues the period of the one before it when that is the
            -- same child's, ended X1, on the day this one starts.
            SELECT _row, CHILD, DECOM, CIN,
                   lag(CHILD) OVER w IS NOT DISTINCT FROM CHILD AND lag(REC) OVER w = 'X1'
                   AND lag(DEC) OVER w = DECOM AS continues
            FROM ssda903_episodes
            WHERE DECOM IS NOT NULL
            WINDOW w AS (ORDER BY CHILD, DECOM, _row)
        ),
        started AS (
            -- The CIN of the episode opening the period: the latest opening so far, in a
            -- list so that a blank CIN is still an opening.
            SELECT _row, CIN,
                   last_value(CASE WHEN continues THEN NULL ELSE [CIN] END IGNORE NULLS)
                       OVER (ORDER BY CHILD, DECOM, _row ROWS UNBOUNDED PRECEDING)[1]
                       AS first_cin
            FROM linked
        )
        SELECT _row FROM started WHERE CIN IS DISTINCT FROM first_cin
    """,
    note="A period of care runs on while an episode ends with X1 and the next starts that day; "
         "its first episode in the return (which may have started in an earlier year) sets the "
         "category of need. Every later episode that differs is flagged.",
)
