from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="502",
    message="Last year's record ended with an open episode. The date on which that episode "
            "started does not match the start date of the first episode on this year’s record.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("DECOM",),
    sql="""
        WITH first_now AS (
            SELECT _row, CHILD, DECOM,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM) AS n
            FROM ssda903_episodes
        ),
        last_latest AS (
            SELECT CHILD, DECOM, DEC,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC NULLS LAST) AS n
            FROM ssda903_episodes_last
        )
        SELECT f._row FROM first_now f
        JOIN last_latest l ON l.CHILD = f.CHILD AND l.n = 1
        WHERE f.n = 1 AND l.DEC IS NULL AND f.DECOM IS DISTINCT FROM l.DECOM
    """,
    note="Compares each child's earliest episode this year with the latest episode of last "
         "year's return when that one was open at 31 March, as 503A-503F do.",
)
