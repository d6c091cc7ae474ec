from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4220",
    message="Ethnicity is missing or invalid (see Ethnicity table)",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("Ethnicity",),
    sql="""
        SELECT _row FROM cin_child
        WHERE Ethnicity IS NULL OR NOT valid_code('cin.ethnicity', Ethnicity)
    """,
)
