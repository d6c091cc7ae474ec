from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4004",
    message="This child is showing more than one open CIN Plan, i.e. with no End Date",
    severity=Severity.ERROR,
    tables=("cin_plan",),
    fields=("CINPlanEndDate",),
    sql="""
        SELECT _row FROM cin_plan
        WHERE CINPlanEndDate IS NULL
        QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
    """,
    note="Every open CIN plan of a child with more than one, across all the child's episodes.",
)
