from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8925",
    message="Child Protection Plan End Date earlier than Start Date",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("CPPstartDate", "CPPendDate"),
    sql="""
        SELECT _row FROM cin_cpp WHERE CPPendDate < CPPstartDate
    """,
)
