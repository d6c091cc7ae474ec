from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4003",
    message="A CPP review date is shown as being held at the same time as an open CIN Plan.",
    severity=Severity.ERROR,
    tables=("cin_cpp_review", "cin_plan", "cin_cpp"),
    fields=("CINPlanStartDate", "CINPlanEndDate", "CPPreviewDate"),
    sql="""
        SELECT r._row FROM cin_cpp_review r
        JOIN cin_cpp c USING (LAchildID, CINdetailsID, CPPID)
        JOIN cin_plan p USING (LAchildID, CINdetailsID)
        WHERE r.CPPreviewDate >= p.CINPlanStartDate
          AND (p.CINPlanEndDate IS NULL OR r.CPPreviewDate <= p.CINPlanEndDate)
          AND r.CPPreviewDate IS DISTINCT FROM c.CPPendDate
    """,
    note=(
        "DfE's wording: within one CIN details module, no review date between a CIN plan's start "
        "and end dates (inclusive; open plans have no end) unless the review is on the plan's own "
        "end date. The community validator joins a child's modules across episodes."
    ),
)
