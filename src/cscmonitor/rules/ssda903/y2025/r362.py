from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="362",
    message="Emergency protection order (EPO) lasted longer than 21 days",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "LS"),
    sql=over_limit("LS", "L2", 21),
    note="Consecutive L2 episodes count as one spell and an open one runs to 31 March.",
)
