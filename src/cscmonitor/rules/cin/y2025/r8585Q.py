from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8585Q",
    message=(
        "Please check and either amend or provide a reason: CIN episode shows Died as the Closure "
        "Reason, however child has no recorded Date of Death"
    ),
    severity=Severity.QUERY,
    tables=("cin_episode", "cin_child"),
    fields=("ReasonForClosure", "PersonDeathDate"),
    sql="""
        SELECT e._row FROM cin_episode e
        LEFT JOIN cin_child c USING (LAchildID)
        WHERE e.ReasonForClosure = 'RC2' AND c.PersonDeathDate IS NULL
    """,
)
