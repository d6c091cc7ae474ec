from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="356",
    message="The date the episode ceased is before the date the same episode started.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC"),
    sql="SELECT _row FROM ssda903_episodes WHERE DEC < DECOM",
)
