from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r554 import decision_after_order, order_note

RULE = Rule(
    code="556",
    message="Date of decision that the child should be placed for adoption should be on or "
            "prior to the date that the freeing order was granted.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED", "DECOM"),
    sql=decision_after_order("D1"),
    note=order_note("D1"),
)
