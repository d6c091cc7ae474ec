from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="202",
    message="The gender code conflicts with the gender already recorded for this child.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("SEX",),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE h.SEX IS DISTINCT FROM l.SEX
    """,
)
