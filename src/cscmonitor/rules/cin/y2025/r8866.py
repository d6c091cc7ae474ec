from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8866",
    message="Source of Referral is missing or an invalid code",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINreferralDate", "ReferralSource"),
    sql="""
        SELECT _row FROM cin_episode
        WHERE ReferralSource IS NULL OR NOT valid_code('cin.referral_source', ReferralSource)
    """,
)
