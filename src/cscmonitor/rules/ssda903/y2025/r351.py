from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="351",
    message="Child was over 25 at the start of the current collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("DOB",),
    sql="SELECT _row FROM ssda903_header WHERE DOB + INTERVAL 25 YEAR < collection_start()",
    note="Over 25 means the 25th birthday fell before 1 April.",
)
