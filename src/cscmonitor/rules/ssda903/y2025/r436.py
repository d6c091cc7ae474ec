from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r434 import changes

RULE = Rule(
    code="436",
    message="Reason for new episode is that both child’s placement and legal status have "
            "changed, but this is not reflected in the episode data.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"),
    sql=changes("'B', 'U'", "same_status OR same_placement"),
    note="The placement is its type, postcode, URN and provider, compared with the child's "
         "previous episode in the return.",
)
