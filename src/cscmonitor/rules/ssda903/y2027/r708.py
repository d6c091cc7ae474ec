from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="708",
    message="Dates of DoLOs are before child’s date of birth.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_START",),
    sql="SELECT _row FROM ssda903_dol WHERE DOLO_START <= DOB",
    note="DfE's check requires DOLO_START after DOB, so an order on the day of birth is flagged.",
)
