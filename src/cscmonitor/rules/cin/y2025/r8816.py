from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8816",
    message=(
        "An open CIN episode is shown and case is not a referral with no further action, but it is "
        "not the latest episode."
    ),
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINreferralDate", "ReferralNFA"),
    sql="""
        SELECT _row FROM (
            SELECT _row, CINreferralDate, CINclosureDate, ReferralNFA,
                   max(CINreferralDate) OVER (PARTITION BY LAchildID) AS latest
            FROM cin_episode
        ) WHERE CINclosureDate IS NULL AND NOT ReferralNFA AND CINreferralDate < latest
    """,
)
