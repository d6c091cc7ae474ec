from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="576",
    message="There is an open missing/away from placement without authorisation period in last "
            "year’s return and there is no corresponding period recorded at the start of this "
            "year.",
    severity=Severity.ERROR,
    tables=("ssda903_missing", "ssda903_header", "ssda903_missing_last"),
    fields=("CHILD",),
    sql="""
        WITH open_last AS (
            SELECT DISTINCT CHILD, MIS_START FROM ssda903_missing_last
            WHERE MIS_END IS NULL AND MIS_START IS NOT NULL
        ),
        first_now AS (
            SELECT _row, CHILD, MIS_START,
                   row_number() OVER (PARTITION BY CHILD ORDER BY MIS_START NULLS LAST) AS n
            FROM ssda903_missing
        )
        SELECT 'ssda903_missing' AS table_name, f._row FROM first_now f
        JOIN open_last l ON l.CHILD = f.CHILD
        WHERE f.n = 1 AND f.MIS_START IS DISTINCT FROM l.MIS_START
        UNION ALL
        SELECT 'ssda903_header', h._row FROM ssda903_header h
        JOIN open_last l ON l.CHILD = h.CHILD
        WHERE NOT EXISTS (SELECT 1 FROM ssda903_missing m WHERE m.CHILD = h.CHILD)
    """,
    note="This year's first period must start on the day last year's open period started. "
         "When the child has no period this year their header record is flagged; a child no "
         "longer in the return cannot be flagged.",
)
