from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="384",
    message="A child receiving respite care cannot be in a long-term foster placement ",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "LS"),
    sql="SELECT _row FROM ssda903_episodes WHERE LS IN ('V3', 'V4') AND PLACE IN ('U1', 'U4')",
)
