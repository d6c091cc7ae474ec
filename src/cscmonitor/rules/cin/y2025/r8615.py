from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8615",
    message=(
        "Section 47 Enquiry Start Date must be present and cannot be later than the date of the "
        "initial Child Protection Conference"
    ),
    severity=Severity.ERROR,
    tables=("cin_section47",),
    fields=("S47ActualStartDate", "DateOfInitialCPC"),
    sql="""
        SELECT _row FROM cin_section47
        WHERE S47ActualStartDate IS NULL OR S47ActualStartDate > DateOfInitialCPC
    """,
)
