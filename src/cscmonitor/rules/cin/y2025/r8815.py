from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8815",
    message=(
        "More than one open CIN Details episode (a module with no CIN Closure Date) has been "
        "provided for this child and case is not a referral with no further action."
    ),
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("ReferralNFA", "CINclosureDate"),
    sql="""
        SELECT _row FROM cin_episode
        WHERE CINclosureDate IS NULL AND NOT ReferralNFA
        QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
    """,
    note="Every open further-action episode of a child with more than one is flagged.",
)
