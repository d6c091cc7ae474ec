from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="446",
    message="E1 is not a valid code for episodes starting before December 2005.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "LS"),
    sql="SELECT _row FROM ssda903_episodes WHERE LS = 'E1' AND DECOM < DATE '2005-12-01'",
)
