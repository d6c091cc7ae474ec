from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="119",
    message="If the decision is made that a child should no longer be placed for adoption, then "
            "the date of this decision and the reason why this decision was made must be "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    sql="""
        SELECT _row FROM ssda903_placed_for_adoption
        WHERE (DATE_PLACED_CEASED IS NULL
               AND NOT invalid_read('ssda903_placed_for_adoption', 'DATE_PLACED_CEASED', _row))
              <> (REASON_PLACED_CEASED IS NULL)
    """,
    note="Flags either item given without the other. An unreadable date counts as given (rule 116 "
         "reports it), so it is not reported twice.",
)
