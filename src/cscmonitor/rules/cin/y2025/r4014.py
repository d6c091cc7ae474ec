from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4014",
    message="CIN Plan data contains overlapping dates",
    severity=Severity.ERROR,
    tables=("cin_plan",),
    fields=("CINPlanStartDate", "CINPlanEndDate"),
    sql="""
        SELECT DISTINCT p._row FROM cin_plan p
        JOIN cin_plan o ON o.LAchildID = p.LAchildID AND o._row <> p._row
        WHERE p.CINPlanStartDate >= o.CINPlanStartDate
          AND p.CINPlanStartDate <= coalesce(o.CINPlanEndDate, collection_end())
    """,
    note=(
        "DfE: no plan's start date may fall within another plan of the child, from its start to "
        "its end date (or the reference date while open), both days included; the later-starting "
        "plan is flagged (both when they start the same day)."
    ),
)
