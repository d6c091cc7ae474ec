from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="333",
    message="Date should be placed for adoption must be on or prior to the date of matching "
            "child with adopter(s).",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("DATE_INT", "DATE_MATCH"),
    sql="SELECT _row FROM ssda903_ad1 WHERE DATE_INT > DATE_MATCH",
)
