from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4009Q",
    message="CIN Plan cannot end after the child’s Date of Death",
    severity=Severity.QUERY,
    tables=("cin_plan", "cin_child"),
    fields=("PersonDeathDate", "CINPlanEndDate"),
    sql="""
        SELECT p._row FROM cin_plan p
        JOIN cin_child c USING (LAchildID)
        WHERE p.CINPlanEndDate > c.PersonDeathDate
    """,
    note="The CIN plan is flagged, being the record that must change.",
)
