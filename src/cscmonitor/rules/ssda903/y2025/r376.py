from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="376",
    message="Temporary placements coded as being due to holiday of usual foster carer(s) cannot "
            "exceed three weeks.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "PLACE"),
    sql=over_limit("PLACE", "T3", 21),
    note="Back-to-back T3 episodes (a change of legal status during the placement) count as "
         "one placement; an open one runs to 31 March.",
)
