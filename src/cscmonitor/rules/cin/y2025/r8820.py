from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8820",
    message="The dates on the CIN episodes for this child overlap",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("CINreferralDate", "CINclosureDate"),
    sql="""
        SELECT DISTINCT e._row FROM cin_episode e
        JOIN cin_episode o ON o.LAchildID = e.LAchildID AND o._row <> e._row
        WHERE e.CINreferralDate >= o.CINreferralDate
          AND (e.CINreferralDate < o.CINclosureDate
               OR (o.CINclosureDate IS NULL AND NOT o.ReferralNFA
                   AND e.CINreferralDate <= collection_end()))
    """,
    note=(
        "DfE: a referral may not fall between another episode's referral and closure date (or the "
        "reference date while that episode is open and not a no-further-action referral), but 'the "
        "end date of one referral may be the same as the start date of the following referral', so "
        "a referral on another's closure day passes; the community validator flags it."
    ),
)
