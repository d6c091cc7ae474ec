from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="577",
    message="Child ceased to be looked after but there is a missing/away from placement "
            "without authorisation period without an end date.",
    severity=Severity.ERROR,
    tables=("ssda903_missing", "ssda903_episodes"),
    fields=("MIS_END",),
    sql="""
        SELECT DISTINCT m._row FROM ssda903_missing m
        JOIN ssda903_episodes e ON e.CHILD = m.CHILD
        WHERE m.MIS_END IS NULL AND m.MIS_START IS NOT NULL
          AND e.REC IS NOT NULL AND e.REC <> 'X1' AND e.DEC >= m.MIS_START
    """,
    note="A child ceases to be looked after when an episode ends with a reason other than X1; "
         "an open period that started on or before that day is flagged.",
)
