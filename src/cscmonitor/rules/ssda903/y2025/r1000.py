from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1000",
    message="This child is recorded as having died in care and therefore should not have the "
            "care leaver information completed. [NOTE: This only tests the current and previous "
            "year data loaded into the tool]",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT o._row FROM ssda903_oc3 o
        WHERE (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
          AND o.CHILD IN (SELECT CHILD FROM ssda903_episodes WHERE REC = 'E2')
    """,
    note="Tests this year's episodes only: the rule's tables are Episodes and OC3.",
)
