from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="115",
    message="Date of Local Authority's (LA) decision that a child should be placed for adoption is "
            "not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED",),
    sql="""
        SELECT _row FROM ssda903_placed_for_adoption
        WHERE DATE_PLACED IS NULL
           OR invalid_read('ssda903_placed_for_adoption', 'DATE_PLACED', _row)
    """,
    note="DATE_PLACED is what a row of this table records, so a blank one is as invalid as an "
         "unreadable one.",
)
