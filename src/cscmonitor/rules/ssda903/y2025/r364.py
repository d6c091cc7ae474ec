from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r361 import over_limit

RULE = Rule(
    code="364",
    message="Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits "
            "the time a child can be detained in custody in Local Authority (LA) "
            "accommodation.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "LS"),
    sql=over_limit("LS", "J2", 21),
    note="DfE allows J2 accommodation for at most 21 days; consecutive J2 episodes count "
         "as one spell and an open one runs to 31 March.",
)
