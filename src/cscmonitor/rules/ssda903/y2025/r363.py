from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="363",
    message="Child assessment order (CAO) lasted longer than 7 days allowed in the Children "
            "Act 1989.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "LS"),
    sql=over_limit("LS", "L3", 7),
    note="Consecutive L3 episodes count as one spell and an open one runs to 31 March.",
)
