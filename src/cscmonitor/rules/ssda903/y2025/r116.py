from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="116",
    message="Date of Local Authority's (LA) decision that a child should no longer be placed for "
            "adoption is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED_CEASED",),
    sql="""
        SELECT _row FROM ssda903_placed_for_adoption
        WHERE invalid_read('ssda903_placed_for_adoption', 'DATE_PLACED_CEASED', _row)
    """,
    note="DATE_PLACED_CEASED is blank while the plan stands; only an unreadable date is flagged.",
)
