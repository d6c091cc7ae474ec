from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="102",
    message="Date of birth is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("DOB",),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE DOB IS NULL OR invalid_read('ssda903_header', 'DOB', _row)
    """,
    note="A date the reader could not store (impossible or unreadable) is invalid; so is a "
         "blank one, as DOB is mandatory.",
)
