from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="523",
    message="Date of decision that the child should be placed for adoption should be the same "
            "date as the decision that adoption is in the best interest (date should be "
            "placed).",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_placed_for_adoption"),
    fields=("DATE_INT", "DATE_PLACED"),
    sql="""
        WITH latest AS (
            SELECT _row, CHILD, DATE_PLACED,
                   row_number() OVER (PARTITION BY CHILD
                                      ORDER BY DATE_PLACED DESC NULLS LAST) AS n
            FROM ssda903_placed_for_adoption
        ),
        differ AS (
            SELECT a._row AS ad1_row, p._row AS placed_row
            FROM ssda903_ad1 a JOIN latest p ON p.CHILD = a.CHILD AND p.n = 1
            WHERE a.DATE_INT IS DISTINCT FROM p.DATE_PLACED
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM differ
        UNION ALL
        SELECT 'ssda903_placed_for_adoption', placed_row FROM differ
    """,
    note="An adopted child's decision is compared with their latest decision to place for "
         "adoption, the one the adoption followed; earlier reversed decisions may differ.",
)
