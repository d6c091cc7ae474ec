from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="552",
    message="Date of Decision to place a child for adoption should be on or prior to the date "
            "that the child was placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED", "DECOM"),
    sql="""
        WITH decided AS (
            SELECT _row, CHILD, DATE_PLACED,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DATE_PLACED) AS n
            FROM ssda903_placed_for_adoption WHERE DATE_PLACED IS NOT NULL
        ),
        late AS (
            SELECT d._row AS decision_row, p._row AS episode_row
            FROM decided d JOIN ssda903_episodes p ON p.CHILD = d.CHILD
            WHERE d.n = 1 AND p.PLACE IN ('A3', 'A4', 'A5', 'A6') AND d.DATE_PLACED > p.DECOM
        )
        SELECT 'ssda903_placed_for_adoption' AS table_name, decision_row AS _row FROM late
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM late
    """,
    note="Each episode with an adoption placement (A3 to A6) that started before the child's "
         "earliest decision is flagged with that decision.",
)
