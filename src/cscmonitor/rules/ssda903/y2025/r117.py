from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="117",
    message="Date of decision that a child should/should no longer be placed for adoption is "
            "beyond the current collection year or after the child ceased to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED", "DEC", "DECOM", "REC"),
    sql="""
        WITH latest AS (
            SELECT CHILD, _row, DEC FROM ssda903_episodes
            WHERE DECOM IS NOT NULL AND REC IS DISTINCT FROM 'X1'
            -- The first of its child's in one pass over every child (cheaper than a
            -- window per child).
            QUALIFY lag(CHILD) OVER (ORDER BY CHILD, DECOM DESC, _row DESC) IS DISTINCT FROM CHILD
        ),
        late AS (
            SELECT p._row AS pa_row, l._row AS episode_row,
                   coalesce(p.DATE_PLACED > l.DEC OR p.DATE_PLACED_CEASED > l.DEC, FALSE)
                       AS after_care
            FROM ssda903_placed_for_adoption p
            LEFT JOIN latest l ON l.CHILD = p.CHILD
            WHERE p.DATE_PLACED > collection_end() OR p.DATE_PLACED_CEASED > collection_end()
               OR p.DATE_PLACED > l.DEC OR p.DATE_PLACED_CEASED > l.DEC
        )
        SELECT 'ssda903_placed_for_adoption' AS table_name, pa_row AS _row FROM late
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM late WHERE after_care
    """,
    note="Compares with the DEC of the child's latest episode whose REC is not X1, as DfE's rule "
         "says; that episode is flagged too when the decision falls after it ended.",
)
