from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="521",
    message="Date of local authority's decision (LA) that adoption is in the best interests of "
            "the child (date should be placed) must be on or prior to the date the child is "
            "placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_episodes"),
    fields=("DATE_INT", "DECOM", "PLACE"),
    sql="""
        WITH late AS (
            SELECT a._row AS ad1_row, e._row AS episode_row
            FROM ssda903_ad1 a JOIN ssda903_episodes e ON e.CHILD = a.CHILD
            WHERE e.PLACE IN ('A3', 'A4', 'A5', 'A6') AND a.DATE_INT > e.DECOM
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM late
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM late
    """,
    note="Each episode with an adoption placement (A3 to A6) that started before the decision "
         "is flagged with the adoption record.",
)
