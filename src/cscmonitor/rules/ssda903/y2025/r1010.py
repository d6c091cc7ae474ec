from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1010",
    message="This child has no episodes loaded for current year even though there was an open "
            "episode of care at the end of the previous year, and care leaver data has been "
            "entered.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes", "ssda903_episodes_last"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT o._row FROM ssda903_oc3 o
        WHERE (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
          AND o.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes)
          AND o.CHILD IN (SELECT CHILD FROM ssda903_episodes_last WHERE DEC IS NULL)
    """,
)
