from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="702",
    message="The date that the DoLO ended is before the date that it started.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_START", "DOLO_END"),
    sql="SELECT _row FROM ssda903_dol WHERE DOLO_END < DOLO_START",
    note="An order ending the day it started is allowed, as the message says \"before\" (the "
         "community validator flags it).",
)
