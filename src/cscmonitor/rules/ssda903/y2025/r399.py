from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="399",
    message="Mother field, review field or participation field are completed but child is "
            "looked after under legal status V3 or V4.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header", "ssda903_reviews"),
    fields=("LS", "MOTHER", "REVIEW", "REVIEW_CODE"),
    sql="""
        WITH short_breaks_only AS (
            SELECT CHILD FROM ssda903_episodes GROUP BY CHILD
            HAVING bool_and(coalesce(LS IN ('V3', 'V4'), false))
        ), completed AS (
            SELECT 'ssda903_header' AS table_name, _row, CHILD FROM ssda903_header
            WHERE MOTHER IS NOT NULL
            UNION ALL
            SELECT 'ssda903_reviews', _row, CHILD FROM ssda903_reviews
            WHERE REVIEW IS NOT NULL OR REVIEW_CODE IS NOT NULL
        ), flagged AS (
            SELECT c.* FROM completed c JOIN short_breaks_only s USING (CHILD)
        )
        SELECT table_name, _row FROM flagged
        UNION ALL
        SELECT 'ssda903_episodes', e._row FROM ssda903_episodes e
        WHERE e.CHILD IN (SELECT CHILD FROM flagged)
    """,
    note="Only a child whose every episode is V3 or V4 is checked: a child also looked after "
         "otherwise needs these fields. The completed records and the child's episodes are "
         "flagged.",
)
