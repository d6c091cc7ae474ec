from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="705",
    message="A DoLO cannot start when the previous DoLO is still open.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_START", "DOLO_END"),
    sql="""
        SELECT _row FROM (
            SELECT _row, DOLO_START,
                   lag(DOLO_END) OVER w AS previous_end,
                   lag(_row) OVER w AS previous_row
            FROM ssda903_dol WHERE DOLO_START IS NOT NULL
            WINDOW w AS (PARTITION BY CHILD ORDER BY DOLO_START, _row))
        WHERE previous_row IS NOT NULL
          AND (previous_end IS NULL OR DOLO_START < previous_end)
    """,
    note="The later order is flagged when the one before it (by start date) has no end date or "
         "ends after the later one starts; starting on the day the previous one ended is fine.",
)
