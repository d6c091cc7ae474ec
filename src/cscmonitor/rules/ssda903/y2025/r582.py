from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="582",
    message="Child is showing as ceasing to be looked after due to adoption, but the date of "
            "adoption is the same as the date reported for being matched with adopters. In "
            "most circumstances we expect the date the child is matched with adopters to be "
            "before the date of adoption.",
    severity=Severity.QUERY,
    tables=("ssda903_ad1", "ssda903_episodes"),
    fields=("DATE_MATCH", "DEC"),
    sql="""
        WITH same_day AS (
            SELECT a._row AS ad1_row, e._row AS episode_row
            FROM ssda903_ad1 a JOIN ssda903_episodes e ON e.CHILD = a.CHILD
            WHERE e.REC IN ('E11', 'E12') AND e.DEC = a.DATE_MATCH
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM same_day
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM same_day
    """,
    note="A query, not an error: DfE expects the match to come first in most cases.",
)
