from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="184",
    message="Date of decision that a child should be placed for adoption is before the child was "
            "born.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_header"),
    fields=("DATE_PLACED", "DOB"),
    sql="""
        SELECT p._row FROM ssda903_placed_for_adoption p
        JOIN ssda903_header h ON h.CHILD = p.CHILD
        WHERE p.DATE_PLACED < h.DOB
    """,
    note="Uses the date of birth in the child's header record.",
)
