from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="558",
    message="If a child has been adopted, then the decision to place them for adoption has not "
            "been disrupted and the date of the decision that a child should no longer be "
            "placed for adoption should be left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED_CEASED", "REC"),
    sql="""
        WITH latest AS (
            SELECT _row, CHILD, DATE_PLACED_CEASED,
                   row_number() OVER (PARTITION BY CHILD
                                      ORDER BY DATE_PLACED DESC NULLS LAST) AS n
            FROM ssda903_placed_for_adoption
        ),
        disrupted AS (
            SELECT p._row AS decision_row, e._row AS episode_row
            FROM latest p JOIN ssda903_episodes e ON e.CHILD = p.CHILD
            WHERE p.n = 1 AND p.DATE_PLACED_CEASED IS NOT NULL AND e.REC IN ('E11', 'E12')
        )
        SELECT 'ssda903_placed_for_adoption' AS table_name, decision_row AS _row
        FROM disrupted
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM disrupted
    """,
    note="Only the decision the adoption followed (the child's latest) must have no ceased "
         "date; an earlier decision that was reversed may keep its own.",
)
