from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8650",
    message="Primary Need Code invalid (see Primary Need table in CIN census code set)",
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("PrimaryNeedCode",),
    sql="""
        SELECT _row FROM cin_episode
        WHERE PrimaryNeedCode IS NOT NULL AND NOT valid_code('cin.primary_need', PrimaryNeedCode)
    """,
    note="A missing code is rule 8610's concern.",
)
