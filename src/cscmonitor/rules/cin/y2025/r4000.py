from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4000",
    message="CIN Plan details provided for a referral with no further action",
    severity=Severity.ERROR,
    tables=("cin_plan", "cin_episode"),
    fields=("ReferralNFA",),
    sql="""
        SELECT p._row FROM cin_plan p
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE e.ReferralNFA
    """,
)
