from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="331",
    message="Date of matching child and adopter(s) should be the same as, or prior to, the "
            "date of placement of adoption.",
    severity=Severity.QUERY,
    tables=("ssda903_ad1", "ssda903_episodes"),
    fields=("DATE_MATCH", "DECOM", "REC"),
    sql="""
        WITH late AS (
            SELECT a._row AS ad1_row, e._row AS episode_row
            FROM ssda903_ad1 a JOIN ssda903_episodes e ON e.CHILD = a.CHILD
            WHERE e.REC IN ('E11', 'E12') AND a.DATE_MATCH > e.DECOM
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM late
        UNION ALL
        SELECT 'ssda903_episodes', episode_row FROM late
    """,
    note="The placement for adoption is the episode that ended in adoption (REC E11 or E12).",
)
