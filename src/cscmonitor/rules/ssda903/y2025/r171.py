from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="171",
    message="Date of birth of mother's child is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("MC_DOB",),
    sql="""
        SELECT _row FROM ssda903_header WHERE invalid_read('ssda903_header', 'MC_DOB', _row)
    """,
    note="MC_DOB is blank for a child who is not a mother; only an unreadable date is flagged.",
)
