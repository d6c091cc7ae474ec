from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8610",
    message="Primary Need code is missing for a referral which led to further action.",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("ReferralNFA", "PrimaryNeedCode"),
    sql="""
        SELECT _row FROM cin_episode WHERE NOT ReferralNFA AND PrimaryNeedCode IS NULL
    """,
)
