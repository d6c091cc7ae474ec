from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="203",
    message="Date of birth disagrees with the date of birth already recorded for this child.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("DOB",),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE h.DOB IS DISTINCT FROM l.DOB
    """,
)
