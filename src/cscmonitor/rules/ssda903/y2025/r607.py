from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="607",
    message="Child ceased to be looked after in the year, but mother field has not been "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes"),
    fields=("MOTHER", "SEX", "DEC", "REC", "LS"),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE h.SEX IN ('F', '2') AND h.MOTHER IS NULL
          AND EXISTS (
            SELECT 1 FROM ssda903_episodes e
            WHERE e.CHILD = h.CHILD AND e.REC IS NOT NULL AND e.REC <> 'X1'
              AND NOT coalesce(e.LS IN ('V3', 'V4'), false)
              AND e.DEC BETWEEN collection_start() AND collection_end())
    """,
    note="Girls only (SEX F, or 2 before 2024/25): an episode that ceased in the year for a "
         "reason other than X1, outside short breaks (V3/V4), requires MOTHER.",
)
