from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="301",
    message="Date of birth falls after the year ended.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("DOB",),
    sql="SELECT _row FROM ssda903_header WHERE DOB > collection_end()",
)
