from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4011",
    message="CIN Plan End Date earlier than Start Date",
    severity=Severity.ERROR,
    tables=("cin_plan",),
    fields=("CINPlanEndDate", "CINPlanStartDate"),
    sql="""
        SELECT _row FROM cin_plan WHERE CINPlanEndDate < CINPlanStartDate
    """,
)
