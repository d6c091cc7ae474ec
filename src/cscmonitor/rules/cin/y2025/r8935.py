from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8935",
    message="This child is showing more than one open Child Protection plan, i.e. with no End Date",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("CPPendDate",),
    sql="""
        SELECT _row FROM cin_cpp
        WHERE CPPendDate IS NULL
        QUALIFY count(*) OVER (PARTITION BY LAchildID) > 1
    """,
    note="Every open plan of a child with more than one, across all the child's episodes.",
)
