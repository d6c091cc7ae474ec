from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.rSW108STG2 import RULE as SW108

RULE = Rule(
    code="SW14STG2",
    message="Social worker episode date ceased is blank.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC",),
    sql=SW108.sql,
    note="Only the child's latest social worker episode may be open, so this is the same check "
         "as SW108STG2 (as in the community validator), reported under DfE's second code.",
)
