from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW04STG1",
    message="Date social worker episode began is not a valid date..",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DECOM",),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_DECOM IS NULL OR invalid_read('ssda903_social_worker', 'SW_DECOM', _row)
    """,
    note="SW_DECOM is mandatory, so a blank start is invalid as well as an unreadable one.",
)
