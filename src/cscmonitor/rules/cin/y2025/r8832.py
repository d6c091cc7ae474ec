from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8832",
    message="Child Protection details provided for a referral with no further action.",
    severity=Severity.ERROR,
    tables=("cin_cpp", "cin_episode"),
    fields=("CINdetailsID", "ReferralNFA"),
    sql="""
        SELECT c._row FROM cin_cpp c
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE e.ReferralNFA
    """,
)
