from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="575",
    message="If the placement from which the child goes missing/away from placement without "
            "authorisation ends, the missing/away from placement without authorisation period "
            "in the missing module must also have an end date.",
    severity=Severity.ERROR,
    tables=("ssda903_missing", "ssda903_episodes"),
    fields=("MIS_END",),
    sql="""
        SELECT DISTINCT m._row FROM ssda903_missing m
        JOIN ssda903_episodes e ON e.CHILD = m.CHILD
        WHERE m.MIS_END IS NULL AND e.DEC IS NOT NULL
          AND e.DECOM <= m.MIS_START AND m.MIS_START < e.DEC
    """,
    note="The placement the child went missing from is the episode open on the day the period "
         "started (a period starting on the day an episode ends belongs to the next one).",
)
