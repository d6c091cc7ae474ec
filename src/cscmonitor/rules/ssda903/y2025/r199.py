from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="199",
    message="Episode information shows child has been previously adopted from care. [NOTE: This "
            "only tests the current and previous year data loaded into the tool]",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("CHILD",),
    sql="""
        WITH ordered AS (
            SELECT _row, CHILD, REC,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS n
            FROM ssda903_episodes
            WHERE DECOM IS NOT NULL
        ),
        adopted AS (
            SELECT CHILD, min(n) AS n FROM ordered WHERE REC IN ('E11', 'E12') GROUP BY CHILD
        )
        SELECT o._row FROM ordered o JOIN adopted a ON a.CHILD = o.CHILD
        WHERE o.n > a.n
    """,
    note="Flags every episode after the child's first adoption (REC E11 or E12) in this year's "
         "return. The engine runs a rule reading last year's episodes only when that return is "
         "loaded, so adoptions recorded only last year are not checked.",
)
