from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="379",
    message="Temporary placements for unspecified reason (placement code T4) cannot exceed seven "
            "days.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "PLACE"),
    sql=over_limit("PLACE", "T4", 7),
    note="Back-to-back T4 episodes (a change of legal status during the placement) count as "
         "one placement; an open one runs to 31 March.",
)
