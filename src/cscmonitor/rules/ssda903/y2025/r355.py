from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="355",
    message="Episode appears to have lasted for less than 24 hours",
    severity=Severity.QUERY,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC"),
    sql="SELECT _row FROM ssda903_episodes WHERE DEC = DECOM",
)
