from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="706",
    message="There is an open DoLO in last year’s return and there is no corresponding DoLO "
            "recorded at the start of this year..",
    severity=Severity.ERROR,
    tables=("ssda903_dol", "ssda903_dol_last", "ssda903_header"),
    fields=("DOLO_START",),
    sql="""
        WITH open_last AS (
            SELECT DISTINCT CHILD, DOLO_START FROM ssda903_dol_last WHERE DOLO_END IS NULL),
        missing AS (
            SELECT o.CHILD FROM open_last o
            WHERE NOT EXISTS (SELECT 1 FROM ssda903_dol d
                              WHERE d.CHILD = o.CHILD AND d.DOLO_START = o.DOLO_START))
        SELECT 'ssda903_dol' AS table_name, d._row FROM ssda903_dol d
        WHERE d.CHILD IN (SELECT CHILD FROM missing)
        UNION ALL
        SELECT 'ssda903_header' AS table_name, h._row FROM ssda903_header h
        WHERE h.CHILD IN (SELECT CHILD FROM missing)
          AND h.CHILD NOT IN (SELECT CHILD FROM ssda903_dol)
    """,
    note="Every order open at the end of last year must reappear with the same start date. The "
         "child's DoLO records are flagged, or their header when this year has none; a child "
         "absent from this year's return altogether cannot be flagged.",
)
