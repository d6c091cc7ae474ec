from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8545Q",
    message=(
        "Please check and either amend data or provide a reason: Child's date of death should be "
        "within the census year"
    ),
    severity=Severity.QUERY,
    tables=("cin_child",),
    fields=("PersonDeathDate",),
    sql="""
        SELECT _row FROM cin_child
        WHERE PersonDeathDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
