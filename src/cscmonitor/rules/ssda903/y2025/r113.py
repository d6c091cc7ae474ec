from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="113",
    message="Date matching child and adopter(s) is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("DATE_MATCH",),
    sql="""
        SELECT _row FROM ssda903_ad1 WHERE invalid_read('ssda903_ad1', 'DATE_MATCH', _row)
    """,
    note="Only a date that was given but could not be read is flagged; a blank one is rule 151's "
         "concern (all adoption items completed or all blank).",
)
