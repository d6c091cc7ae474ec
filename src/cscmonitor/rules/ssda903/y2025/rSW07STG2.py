from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW07STG2",
    message="Social worker episode end date should be on or after the start of the social "
            "worker reporting period, and should be on or before the collection end date.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC",),
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_DEC < collection_start() - INTERVAL 1 YEAR OR SW_DEC > collection_end()
    """,
    note="The social worker reporting period is taken to start a year before the collection "
         "year (1 April 2023 for 2024/25), as the community validator's 2024/25 rules do.",
)
