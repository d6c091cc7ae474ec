from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025._integrity import repeated_child

RULE = Rule(
    code="CSM-INT35",
    message="A child appears more than once in the previous permanence file, which holds one "
            "record per child.",
    severity=Severity.ERROR,
    tables=("ssda903_previous_permanence",),
    fields=("CHILD",),
    sql=repeated_child("ssda903_previous_permanence"),
    note="From the community validator's INT checks; all the child's records are flagged, as none "
         "can be told to be the right one.",
)
