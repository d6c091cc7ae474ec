from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1580",
    message="LA Child ID must not contain any non-alphanumeric characters",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("LAchildID",),
    sql="""
        SELECT _row FROM cin_child WHERE NOT regexp_full_match(LAchildID, '[A-Za-z0-9]+')
    """,
)
