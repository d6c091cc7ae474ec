from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8535Q",
    message=(
        "Please check and either amend data or provide a reason: Child’s date of death should not "
        "be prior to the date of birth"
    ),
    severity=Severity.QUERY,
    tables=("cin_child",),
    fields=("PersonDeathDate", "PersonBirthDate"),
    sql="""
        SELECT _row FROM cin_child WHERE PersonDeathDate < PersonBirthDate
    """,
)
