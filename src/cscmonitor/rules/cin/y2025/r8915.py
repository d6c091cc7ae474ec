from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8915",
    message="Child Protection Plan shown as starting after the child’s Date of Death",
    severity=Severity.ERROR,
    tables=("cin_cpp", "cin_child"),
    fields=("CPPstartDate", "PersonDeathDate"),
    sql="""
        SELECT p._row FROM cin_cpp p
        JOIN cin_child c USING (LAchildID)
        WHERE p.CPPstartDate > c.PersonDeathDate
    """,
)
