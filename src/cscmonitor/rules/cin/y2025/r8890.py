from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8890",
    message=(
        "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing"
    ),
    severity=Severity.ERROR,
    tables=("cin_section47",),
    fields=("S47ActualStartDate",),
    sql="""
        SELECT DISTINCT s._row FROM cin_section47 s
        JOIN cin_section47 o
          ON o.LAchildID = s.LAchildID AND o.CINdetailsID = s.CINdetailsID AND o._row <> s._row
        WHERE s.S47ActualStartDate >= o.S47ActualStartDate
          AND (s.S47ActualStartDate <= o.DateOfInitialCPC
               OR (o.DateOfInitialCPC IS NULL AND o.ICPCnotRequired IS NOT TRUE
                   AND s.S47ActualStartDate <= collection_end()))
    """,
    note=(
        "DfE: within one CIN details module, no enquiry may start on or between another's start "
        "and conference dates, or its start and the reference date while it awaits a conference "
        "(ICPCnotRequired not true). The community validator compares different episodes instead."
    ),
)
