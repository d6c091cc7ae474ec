from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW13STG1",
    message="The reason for social worker change is either not valid or has not been entered.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_REASON",),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_REASON IS NULL OR NOT valid_code('ssda903.social_worker_change_reason', SW_REASON)
    """,
)
