from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="562",
    message="Episode commenced before the start of the current collection year but there is a "
            "missing continuous episode in the previous year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("DECOM",),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.DECOM < collection_start()
          AND NOT EXISTS (SELECT 1 FROM ssda903_episodes_last l
                          WHERE l.CHILD = e.CHILD AND l.DECOM = e.DECOM)
    """,
    note="An episode starting before 1 April must be in last year's return with the same "
         "start date.",
)
