from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="701",
    message="The end date of the DoLO is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_END",),
    sql="SELECT _row FROM ssda903_dol WHERE invalid_read('ssda903_dol', 'DOLO_END', _row)",
    note="A blank end date is allowed: the order is still in force.",
)
