from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r543 import CLA_NOTE

RULE = Rule(
    code="545",
    message="Child is aged under 5 at 31 March and has been looked after continuously for 12 "
            "months yet health promotion information has not been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("DOB", "HEALTH_CHECK"),
    sql="""
        SELECT o._row FROM ssda903_oc2 o
        JOIN ssda903_continuously_looked_after c ON c.CHILD = o.CHILD
        WHERE o.HEALTH_CHECK IS NULL AND age_on(o.DOB, collection_end()) < 5
    """,
    note=CLA_NOTE,
)
