from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r543 import CLA_NOTE

RULE = Rule(
    code="546",
    message="Children aged 5 or over at 31 March should not have health promotion information "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("DOB", "HEALTH_CHECK"),
    sql="""
        SELECT o._row FROM ssda903_oc2 o
        JOIN ssda903_continuously_looked_after c ON c.CHILD = o.CHILD
        WHERE o.HEALTH_CHECK IS NOT NULL AND age_on(o.DOB, collection_end()) >= 5
    """,
    note="Checked for children looked after continuously for 12 months, as DfE's rule "
         "specifies. " + CLA_NOTE,
)
