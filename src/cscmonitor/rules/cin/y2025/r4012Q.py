from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4012Q",
    message=(
        "Please check and either amend or provide a reason: CIN Plan shown as starting and ending "
        "on the same day"
    ),
    severity=Severity.QUERY,
    tables=("cin_plan",),
    fields=("CINPlanStartDate", "CINPlanEndDate"),
    sql="""
        SELECT _row FROM cin_plan WHERE CINPlanEndDate = CINPlanStartDate
    """,
)
