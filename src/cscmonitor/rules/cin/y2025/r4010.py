from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4010",
    message="CIN Plan start date is missing or out of data collection period",
    severity=Severity.ERROR,
    tables=("cin_plan",),
    fields=("CINPlanStartDate",),
    sql="""
        SELECT _row FROM cin_plan
        WHERE CINPlanStartDate IS NULL OR CINPlanStartDate > collection_end()
    """,
    note=(
        "Out of the collection period means after its end: plans still open may have started in "
        "earlier years. A date the reader could not read is missing."
    ),
)
