from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="385",
    message="Date episode ceased must be on or before the end of the current collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC",),
    sql="SELECT _row FROM ssda903_episodes WHERE DEC > collection_end()",
)
