from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8868",
    message=(
        "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by "
        "ICPC date or ICPC not required flag"
    ),
    severity=Severity.ERROR,
    tables=("cin_episode", "cin_section47"),
    fields=("ICPCnotRequired", "CINclosureDate", "DateOfInitialCPC"),
    sql="""
        SELECT e._row FROM cin_episode e
        WHERE e.CINclosureDate IS NOT NULL
          AND EXISTS (SELECT 1 FROM cin_section47 s
                      WHERE s.LAchildID = e.LAchildID AND s.CINdetailsID = e.CINdetailsID
                        AND s.DateOfInitialCPC IS NULL AND s.ICPCnotRequired IS NOT TRUE)
    """,
)
