from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="563",
    message="The child should no longer be placed for adoption but the date of the decision "
            "that the child should be placed for adoption is blank",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    sql="""
        SELECT _row FROM ssda903_placed_for_adoption
        WHERE DATE_PLACED IS NULL
          AND NOT invalid_read('ssda903_placed_for_adoption', 'DATE_PLACED', _row)
          AND (DATE_PLACED_CEASED IS NOT NULL OR REASON_PLACED_CEASED IS NOT NULL)
    """,
    note="An unreadable decision date is not blank: rule 115 reports it.",
)
