from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8520",
    message=(
        "Date of Birth is after data collection period (must be on or before the end of the census "
        "period)"
    ),
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("PersonBirthDate",),
    sql="""
        SELECT _row FROM cin_child WHERE PersonBirthDate > collection_end()
    """,
    note=(
        "The reference date is taken as 31 March of the collection year (rule 100 checks the "
        "header's)."
    ),
)
