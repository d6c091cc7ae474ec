from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4016",
    message="A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    severity=Severity.ERROR,
    tables=("cin_plan", "cin_cpp"),
    fields=("CINPlanStartDate", "CPPstartDate", "CPPendDate"),
    sql="""
        SELECT DISTINCT p._row FROM cin_plan p
        JOIN cin_cpp c USING (LAchildID)
        WHERE p.CINPlanStartDate >= c.CPPstartDate
          AND (p.CINPlanStartDate < c.CPPendDate
               OR (c.CPPendDate IS NULL AND p.CINPlanStartDate <= collection_end()))
    """,
    note=(
        "DfE: a CIN plan may not start from a child protection plan's start date up to its end "
        "date (or the reference date while open), unless it starts on the day the plan ends; any "
        "of the child's plans counts."
    ),
)
