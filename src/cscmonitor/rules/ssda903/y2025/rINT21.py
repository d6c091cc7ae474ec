from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025._integrity import differs_from_header

RULE = Rule(
    code="CSM-INT21",
    message="The child's sex in the UASC file differs from the header file.",
    severity=Severity.ERROR,
    tables=("ssda903_uasc", "ssda903_header"),
    fields=("SEX",),
    sql=differs_from_header("ssda903_uasc", "SEX"),
    note="From the community validator's INT checks: a child's details must agree across files.",
)
