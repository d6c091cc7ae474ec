from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="626",
    message="Child was reported as a mother but the date of birth of the first child is before "
            "the current year which contradicts with the mother status recorded last year.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("MOTHER", "MC_DOB"),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE h.MOTHER = '1' AND l.MOTHER = '0' AND h.MC_DOB < collection_start()
    """,
)
