from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8600",
    message="Child referral date missing or after data collection period",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINreferralDate",),
    sql="""
        SELECT _row FROM cin_episode
        WHERE CINreferralDate IS NULL OR CINreferralDate > collection_end()
    """,
)
