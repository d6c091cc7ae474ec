from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="CSM-NoE",
    message="This episode started before the collection year, but the child has no episodes in "
            "last year's return.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("DECOM",),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.DECOM < collection_start()
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes_last WHERE CHILD IS NOT NULL)
    """,
    note="The community validator's NoE check: a child looked after before 1 April should be in "
         "the previous year's return (or its child ID has changed).",
)
