from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW05STG1",
    message="Date social worker episode began is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC",),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE invalid_read('ssda903_social_worker', 'SW_DEC', _row)
    """,
    note="DfE's message repeats SW04STG1's, but the rule checks the end date SW_DEC; a blank "
         "end date is allowed (the episode is open).",
)
