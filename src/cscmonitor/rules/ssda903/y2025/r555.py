from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r553 import order_note, order_without_decision

RULE = Rule(
    code="555",
    message="Freeing order has been granted but there is no date of decision that the child "
            "should be placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_placed_for_adoption"),
    fields=("CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    sql=order_without_decision("D1"),
    note=order_note("freeing order", "D1"),
)
