from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="118",
    message="Date of decision that a child should no longer be placed for adoption is before the "
            "current collection year or before the date the child started to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED_CEASED", "DECOM", "LS"),
    sql="""
        WITH first_episode AS (
            SELECT _row, CHILD, DECOM FROM ssda903_episodes
            WHERE DECOM IS NOT NULL AND LS IS DISTINCT FROM 'V3' AND LS IS DISTINCT FROM 'V4'
            -- The first of its child's in one pass over every child (cheaper than a
            -- window per child).
            QUALIFY lag(CHILD) OVER (ORDER BY CHILD, DECOM, _row) IS DISTINCT FROM CHILD
        ),
        early AS (
            SELECT p._row AS pa_row, f._row AS episode_row,
                   coalesce(p.DATE_PLACED_CEASED < f.DECOM, FALSE) AS before_care
            FROM ssda903_placed_for_adoption p
            LEFT JOIN first_episode f ON f.CHILD = p.CHILD
            WHERE p.DATE_PLACED_CEASED < collection_start() OR p.DATE_PLACED_CEASED < f.DECOM
        )
        SELECT 'ssda903_placed_for_adoption' AS table_name, pa_row AS _row FROM early
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM early WHERE before_care
    """,
    note="Compares with the DECOM of the child's earliest episode whose legal status is not a "
         "short break (V3, V4); that episode is flagged too when the decision falls before it.",
)
