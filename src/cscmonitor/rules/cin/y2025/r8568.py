from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8568",
    message="RNFA flag is missing or invalid",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("ReferralNFA",),
    sql="""
        SELECT _row FROM cin_episode WHERE ReferralNFA IS NULL
    """,
    note=(
        "The reader stores a value that is not a boolean (true/false/1/0) as missing and reports "
        "it."
    ),
)
