from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8770Q",
    message=(
        "Please check and either amend data or provide a reason: UPN is missing or reason UPN is "
        "missing or is UN1 for a child who is of school age."
    ),
    severity=Severity.QUERY,
    tables=("cin_child", "cin_episode"),
    fields=("UPN", "UPNunknown"),
    sql="""
        SELECT c._row FROM cin_child c
        WHERE c.PersonBirthDate < collection_end() - INTERVAL 6 YEAR
          AND c.UPN IS NULL
          AND (c.UPNunknown IS NULL OR c.UPNunknown = 'UN1'
               OR NOT valid_code('cin.upn_unknown', c.UPNunknown))
          AND EXISTS (SELECT 1 FROM cin_episode e
                      WHERE e.LAchildID = c.LAchildID AND NOT e.ReferralNFA)
    """,
    note=(
        "DfE: a child born more than 6 years before the reference date, with a referral going on "
        "to further action, needs a UPN or a reason other than UN1 (under 6)."
    ),
)
