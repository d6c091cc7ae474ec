from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8841",
    message=(
        "The review date cannot be on the same day or before the Child protection Plan start date."
    ),
    severity=Severity.ERROR,
    tables=("cin_cpp_review", "cin_cpp"),
    fields=("CPPstartDate", "CPPreviewDate"),
    sql="""
        SELECT r._row FROM cin_cpp_review r
        JOIN cin_cpp c USING (LAchildID, CINdetailsID, CPPID)
        WHERE r.CPPreviewDate <= c.CPPstartDate
    """,
)
