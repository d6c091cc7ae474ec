from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="353",
    message="No episode submitted can start before 14 October 1991.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM",),
    sql="SELECT _row FROM ssda903_episodes WHERE DECOM < DATE '1991-10-14'",
)
