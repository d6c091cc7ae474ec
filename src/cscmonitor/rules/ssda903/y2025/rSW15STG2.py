from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW15STG2",
    message="Reason for social worker change is missing.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_REASON",),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_REASON IS NULL AND SW_DECOM >= collection_start() - INTERVAL 1 YEAR
    """,
    note="Required for episodes starting within the social worker reporting period, taken to "
         "start a year before the collection year as in the community validator's 2024/25 rules.",
)
