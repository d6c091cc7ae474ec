from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="377",
    message="Only two temporary placements coded as being due to holiday of usual foster "
            "carer(s) are allowed in any 12- month period.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "DECOM"),
    sql="""
        WITH t3 AS (SELECT CHILD, _row, DECOM FROM ssda903_episodes
                    WHERE PLACE = 'T3' AND DECOM IS NOT NULL),
        crowded AS (
            SELECT f.CHILD, f.DECOM AS since FROM t3 f JOIN t3 o
                ON o.CHILD = f.CHILD AND o.DECOM >= f.DECOM
               AND o.DECOM < f.DECOM + INTERVAL 1 YEAR
            GROUP BY f.CHILD, f._row, f.DECOM HAVING count(*) > 2
        )
        SELECT DISTINCT t._row FROM t3 t JOIN crowded c ON c.CHILD = t.CHILD
        WHERE t.DECOM >= c.since AND t.DECOM < c.since + INTERVAL 1 YEAR
    """,
    note="Any 12 months is read literally: three T3 placements starting within a year of each "
         "other flag all three, wherever the year boundary falls.",
)
