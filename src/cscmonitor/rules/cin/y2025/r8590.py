from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8590",
    message="Child does not have a recorded CIN episode.",
    severity=Severity.ERROR,
    tables=("cin_child", "cin_episode"),
    fields=("LAchildID",),
    sql="""
        SELECT c._row FROM cin_child c ANTI JOIN cin_episode e USING (LAchildID)
    """,
)
