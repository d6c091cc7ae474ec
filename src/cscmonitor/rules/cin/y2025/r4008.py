from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4008",
    message="CIN Plan shown as starting after the child’s Date of Death.",
    severity=Severity.ERROR,
    tables=("cin_plan", "cin_child"),
    fields=("PersonDeathDate", "CINPlanStartDate"),
    sql="""
        SELECT p._row FROM cin_plan p
        JOIN cin_child c USING (LAchildID)
        WHERE p.CINPlanStartDate > c.PersonDeathDate
    """,
    note="The CIN plan is flagged, being the record that must change.",
)
