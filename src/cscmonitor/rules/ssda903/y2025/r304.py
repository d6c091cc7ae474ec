from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="304",
    message="Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before "
            "the 18th birthday of a child.",
    severity=Severity.ERROR,
    tables=("ssda903_uasc",),
    fields=("DUC", "DOB"),
    sql="SELECT _row FROM ssda903_uasc WHERE DUC > DOB + INTERVAL 18 YEAR",
    note="A child born on 29 February has their 18th birthday on 28 February in other years.",
)
