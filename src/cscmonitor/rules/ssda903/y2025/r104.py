from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="104",
    message="Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid "
            "date.",
    severity=Severity.ERROR,
    tables=("ssda903_uasc",),
    fields=("DUC",),
    sql="""
        SELECT _row FROM ssda903_uasc WHERE invalid_read('ssda903_uasc', 'DUC', _row)
    """,
    note="DUC may be blank (the child is still an unaccompanied asylum-seeking child); only a date "
         "that was given but could not be read is flagged.",
)
