from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1011",
    message="This child is recorded as having his/her care transferred to another local "
            "authority for the final episode and therefore should not have the care leaver "
            "information completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        WITH final AS (
            SELECT CHILD, arg_max_null(REC, DECOM) AS REC FROM ssda903_episodes GROUP BY CHILD)
        SELECT o._row FROM ssda903_oc3 o
        JOIN final f ON f.CHILD = o.CHILD
        WHERE f.REC = 'E3'
          AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
    """,
    note="The final episode is the one that started last.",
)
