from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8500",
    message="LA Child ID missing",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("LAchildID",),
    sql="""
        SELECT _row FROM cin_child WHERE LAchildID IS NULL OR trim(LAchildID) = ''
    """,
)
