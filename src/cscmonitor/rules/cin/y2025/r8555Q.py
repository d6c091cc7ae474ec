from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8555Q",
    message="Child cannot be referred after its recorded date of death",
    severity=Severity.QUERY,
    tables=("cin_episode", "cin_child"),
    fields=("PersonDeathDate", "CINreferralDate"),
    sql="""
        SELECT e._row FROM cin_episode e
        JOIN cin_child c USING (LAchildID)
        WHERE e.CINreferralDate > c.PersonDeathDate
    """,
)
