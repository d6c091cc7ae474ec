from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1560Q",
    message="Please check and either amend or provide a reason: Former UPN wrongly formatted",
    severity=Severity.QUERY,
    tables=("cin_child",),
    fields=("FormerUPN",),
    sql="""
        SELECT _row FROM cin_child
        WHERE FormerUPN IS NOT NULL
          AND NOT regexp_full_match(FormerUPN, '[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]')
    """,
    note="A well-formed UPN: a check letter, 11 digits, then a digit or a check-alphabet letter.",
)
