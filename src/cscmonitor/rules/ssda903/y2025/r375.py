from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="375",
    message="Hospitalisation coded as a temporary placement exceeds six weeks.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "PLACE"),
    sql=over_limit("PLACE", "T1", 42),
    note="Back-to-back T1 episodes (a change of legal status during the placement) count as "
         "one placement; an open one runs to 31 March.",
)
