from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8772",
    message=(
        "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details "
        "is a referral going on to further action"
    ),
    severity=Severity.ERROR,
    tables=("cin_child", "cin_episode"),
    fields=("UPNunknown", "ReferralNFA"),
    sql="""
        SELECT c._row FROM cin_child c
        WHERE c.UPNunknown = 'UN7'
          AND EXISTS (SELECT 1 FROM cin_episode e
                      WHERE e.LAchildID = c.LAchildID AND NOT e.ReferralNFA)
    """,
)
