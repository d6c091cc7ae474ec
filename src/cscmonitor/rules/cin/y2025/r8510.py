from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8510",
    message="More than one child record with the same LA Child ID",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("LAchildID",),
    sql="""
        SELECT _row FROM cin_child
        WHERE LAchildID IS NOT NULL
        QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
    """,
)
