from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="703",
    message="The date that the DoLO started is after the end of the collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_START",),
    sql="SELECT _row FROM ssda903_dol WHERE DOLO_START > collection_end()",
)
