from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1005",
    message="The end date of the missing episode or episode that the child was away from "
            "placement without authorisation is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_END",),
    sql="SELECT _row FROM ssda903_missing WHERE invalid_read('ssda903_missing', 'MIS_END', _row)",
    note="A blank end date is allowed: the period may still be continuing.",
)
