from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8920",
    message="Child Protection Plan cannot end after the child’s Date of Death",
    severity=Severity.ERROR,
    tables=("cin_cpp", "cin_child"),
    fields=("PersonDeathDate", "CPPendDate"),
    sql="""
        SELECT p._row FROM cin_cpp p
        JOIN cin_child c USING (LAchildID)
        WHERE p.CPPendDate > c.PersonDeathDate
    """,
)
