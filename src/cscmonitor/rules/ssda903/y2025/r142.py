from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="142",
    message="A new episode has started, but the previous episode has not ended.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC", "REC"),
    sql="""
        WITH ordered AS (
            SELECT _row, DEC, REC,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC, _row DESC) AS n
            FROM ssda903_episodes
            WHERE DECOM IS NOT NULL
        )
        SELECT _row FROM ordered
        WHERE n > 1 AND ((DEC IS NULL AND NOT invalid_read('ssda903_episodes', 'DEC', _row))
                         OR REC IS NULL)
    """,
    note="Every episode but the child's latest must have both DEC and REC. An unreadable DEC "
         "counts as given (rule 147 reports it).",
)
