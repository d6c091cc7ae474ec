from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8630",
    message="CIN Closure Date is before CIN Referral Date for the same CIN episode",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINreferralDate", "CINclosureDate"),
    sql="""
        SELECT _row FROM cin_episode WHERE CINclosureDate < CINreferralDate
    """,
)
