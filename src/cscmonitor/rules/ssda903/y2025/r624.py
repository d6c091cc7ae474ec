from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="624",
    message="Date of birth of the first child contradicts the date of birth of the first child "
            "previously recorded.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("MC_DOB",),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE h.MC_DOB <> l.MC_DOB
    """,
    note="Only compared when both years give MC_DOB.",
)
