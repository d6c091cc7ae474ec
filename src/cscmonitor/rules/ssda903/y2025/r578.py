from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="578",
    message="The date that the child started to be missing is after the child ceased to be "
            "looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_missing", "ssda903_episodes"),
    fields=("MIS_START",),
    sql="""
        SELECT DISTINCT m._row FROM ssda903_missing m
        JOIN ssda903_episodes e ON e.CHILD = m.CHILD
        WHERE e.REC IS NOT NULL AND e.REC <> 'X1' AND e.DEC < m.MIS_START
          AND NOT EXISTS (SELECT 1 FROM ssda903_episodes n
                          WHERE n.CHILD = m.CHILD AND n.DECOM >= e.DEC
                            AND n.DECOM <= m.MIS_START)
    """,
    note="Care ends with an episode whose reason is not X1; a period starting after that day "
         "is flagged unless the child had come back into care by then.",
)
