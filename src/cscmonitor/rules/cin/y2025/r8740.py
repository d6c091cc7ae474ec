from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8740",
    message=(
        "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the "
        "end of the census year, the start date must fall within the census year"
    ),
    severity=Severity.ERROR,
    tables=("cin_section47",),
    fields=("S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"),
    sql="""
        SELECT _row FROM cin_section47
        WHERE DateOfInitialCPC IS NULL AND NOT ICPCnotRequired
          AND S47ActualStartDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
