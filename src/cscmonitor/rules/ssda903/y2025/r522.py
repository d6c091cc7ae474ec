from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="522",
    message="Date of decision that the child should be placed for adoption must be on or "
            "before the date that a child should no longer be placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
    sql="""
        SELECT _row FROM ssda903_placed_for_adoption
        WHERE DATE_PLACED > DATE_PLACED_CEASED
    """,
)
