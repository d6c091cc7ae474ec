from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="365",
    message="Any individual short- term respite placement must not exceed 17 days.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "LS"),
    sql=over_limit("LS", "V3", 17),
    note="Each V3 episode is one break; back-to-back V3 episodes count as one break and an "
         "open one runs to 31 March.",
)
