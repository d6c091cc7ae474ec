from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="114",
    message="Data entry to record the status of former carer(s) of an adopted child is invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("FOSTER_CARE",),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE FOSTER_CARE IS NOT NULL AND NOT valid_code('ssda903.yes_no', FOSTER_CARE)
    """,
    note="A blank FOSTER_CARE is rule 151's concern; this rule checks a given value is 0 or 1.",
)
