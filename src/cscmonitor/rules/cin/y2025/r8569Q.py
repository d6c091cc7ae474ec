from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8569Q",
    message=(
        "A case with referral date before one working day prior to the collection start date "
        "must not be flagged as a no further action case"
    ),
    severity=Severity.QUERY,
    tables=("cin_episode",),
    fields=("ReferralNFA", "CINreferralDate"),
    sql="""
        SELECT _row FROM cin_episode
        WHERE ReferralNFA AND working_days(CINreferralDate, collection_start() - 1) >= 1
    """,
    note=(
        "DfE: if the referral date is before the start of the census year minus 1 working day, "
        "ReferralNFA must be false. The start minus 1 working day is the last working day "
        "before 1 April (Thursday 28 March 2024, before Good Friday and Easter Monday), so a "
        "referral that day or later passes. A missing flag is rule 8568's finding, not this "
        "one's."
    ),
)
