from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8930",
    message="Child Protection Plan End Date must fall within the census year",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("CPPendDate",),
    sql="""
        SELECT _row FROM cin_cpp
        WHERE CPPendDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
