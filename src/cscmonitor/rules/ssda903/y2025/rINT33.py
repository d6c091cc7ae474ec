from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025._integrity import repeated_child

RULE = Rule(
    code="CSM-INT33",
    message="A child appears more than once in the OC2 file, which holds one record per child.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("CHILD",),
    sql=repeated_child("ssda903_oc2"),
    note="From the community validator's INT checks; all the child's records are flagged, as none "
         "can be told to be the right one.",
)
