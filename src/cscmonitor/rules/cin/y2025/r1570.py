from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1570",
    message="LA Child ID must not be longer than 20 characters",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("LAchildID",),
    sql="""
        SELECT _row FROM cin_child WHERE length(LAchildID) > 20
    """,
)
