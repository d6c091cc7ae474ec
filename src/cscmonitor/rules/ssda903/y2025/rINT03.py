from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025._integrity import not_in_header

RULE = Rule(
    code="CSM-INT03",
    message="A child in the episodes file is not in the header file.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("CHILD",),
    sql=not_in_header("ssda903_episodes"),
    note="From the community validator's INT checks: DfE's portal refuses such a record on load.",
)
