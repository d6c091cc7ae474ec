from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8720",
    message="Child Protection Plan Start Date missing or out of data collection period",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("CPPstartDate",),
    sql="""
        SELECT _row FROM cin_cpp WHERE CPPstartDate IS NULL OR CPPstartDate > collection_end()
    """,
    note=(
        "Out of the collection period means after its end: plans still open may have started in "
        "earlier years. A date the reader could not read is missing."
    ),
)
