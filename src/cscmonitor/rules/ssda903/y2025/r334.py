from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="334",
    message="Date child started to be looked after in latest period of care must be on or "
            "prior to the date should be placed for adoption. ",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_episodes"),
    fields=("DATE_INT", "DECOM", "RNE"),
    sql="""
        WITH latest AS (
            SELECT CHILD, _row, DECOM FROM ssda903_episodes WHERE RNE = 'S'
            -- The first of its child's in one pass over every child (cheaper than a
            -- window per child).
            QUALIFY lag(CHILD) OVER (ORDER BY CHILD, DECOM DESC, _row) IS DISTINCT FROM CHILD
        ), late AS (
            SELECT a._row AS ad1_row, s._row AS episode_row
            FROM ssda903_ad1 a JOIN latest s ON s.CHILD = a.CHILD
            WHERE a.DATE_INT < s.DECOM
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM late
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM late
    """,
    note="The latest period of care starts with the child's latest episode with RNE S.",
)
