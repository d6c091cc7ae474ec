from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8840",
    message="Child Protection Plan cannot start and end on the same day",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("CPPstartDate", "CPPendDate"),
    sql="""
        SELECT _row FROM cin_cpp WHERE CPPendDate = CPPstartDate
    """,
)
