from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="199",
    message="Episode information shows child has been previously adopted from care. [NOTE: This "
            "only tests the current and previous year data loaded into the tool]",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("CHILD",),
    last_year_optional=True,
    sql="""
        WITH adoptions AS (
            SELECT CHILD, DECOM, _row FROM ssda903_episodes
            WHERE REC IN ('E11', 'E12') AND DECOM IS NOT NULL
            UNION ALL
            SELECT CHILD, DECOM, NULL FROM ssda903_episodes_last
            WHERE REC IN ('E11', 'E12') AND DECOM IS NOT NULL
        )
        SELECT e._row FROM ssda903_episodes e
        WHERE e.DECOM IS NOT NULL
          AND EXISTS (SELECT 1 FROM adoptions a
                      WHERE a.CHILD = e.CHILD
                        AND (a.DECOM < e.DECOM OR (a.DECOM = e.DECOM AND a._row < e._row)))
    """,
    note="DfE: a child whose episode ended in adoption (REC E11 or E12) in this or an earlier "
         "year should have no later episode. Flags every episode of this year's return that "
         "starts after the child's adoption episode in this year's return or, when it is "
         "loaded, last year's (earlier years are not available). Episodes starting the same "
         "day are ordered as they appear in the file.",
)
