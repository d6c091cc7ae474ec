from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="335",
    message="The current foster value (0) suggests that child is not adopted by current "
            "foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) "
            "suggests that child is adopted by current foster carer, but last placement is A1, "
            "A4 or A6.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_episodes"),
    fields=("FOSTER_CARE", "PLACE"),
    sql="""
        WITH clash AS (
            SELECT a._row AS ad1_row, e._row AS episode_row
            FROM ssda903_ad1 a JOIN ssda903_episodes e ON e.CHILD = a.CHILD
            WHERE e.REC IN ('E11', 'E12')
              AND ((a.FOSTER_CARE = '0' AND e.PLACE IN ('A3', 'A5'))
                OR (a.FOSTER_CARE = '1' AND e.PLACE IN ('A4', 'A6')))
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM clash
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM clash
    """,
    note="The last placement is the episode ending in adoption (REC E11 or E12); A1 and A2 "
         "are no longer valid placement codes.",
)
