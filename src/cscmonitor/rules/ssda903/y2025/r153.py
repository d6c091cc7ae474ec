from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="153",
    message="All data items relating to a child's activity or accommodation after leaving care "
            "must be coded or left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE (IN_TOUCH IS NOT NULL)::INT + (ACTIV IS NOT NULL)::INT + (ACCOM IS NOT NULL)::INT
              BETWEEN 1 AND 2
    """,
)
