from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4017",
    message="A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    severity=Severity.ERROR,
    tables=("cin_plan", "cin_cpp"),
    fields=("CINPlanStartDate", "CINPlanEndDate", "CPPstartDate"),
    sql="""
        SELECT DISTINCT p._row FROM cin_plan p
        JOIN cin_cpp c USING (LAchildID)
        WHERE c.CPPstartDate >= p.CINPlanStartDate
          AND (c.CPPstartDate < p.CINPlanEndDate
               OR (p.CINPlanEndDate IS NULL AND c.CPPstartDate <= collection_end()))
    """,
    note=(
        "DfE: a child protection plan may not start from a CIN plan's start date up to its end "
        "date (or the reference date while open), unless it starts on the day the CIN plan ends; "
        "the CIN plan is flagged, as DfE's module for the rule is CINplanDates."
    ),
)
