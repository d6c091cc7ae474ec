from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4013",
    message="CIN Plan end date must fall within the census year",
    severity=Severity.ERROR,
    tables=("cin_plan",),
    fields=("CINPlanEndDate",),
    sql="""
        SELECT _row FROM cin_plan
        WHERE CINPlanEndDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
