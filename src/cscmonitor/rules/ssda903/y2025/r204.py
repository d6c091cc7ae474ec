from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="204",
    message="Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("ETHNIC",),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE h.ETHNIC IS DISTINCT FROM l.ETHNIC
    """,
)
