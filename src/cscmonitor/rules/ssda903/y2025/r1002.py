from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1002",
    message="This child has no previous episodes of care, therefore should not have care leaver "
            "information recorded. [NOTE: This tool can only test the current and previous year "
            "data loaded into the tool - this check may generate false positives if a child had "
            "episodes prior to last year's collection.]",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes", "ssda903_episodes_last"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT o._row FROM ssda903_oc3 o
        WHERE (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
          AND o.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes)
          AND o.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes_last)
    """,
)
