from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8525Q",
    message="Either Date of Birth or Expected Date of Birth must be provided (but not both)",
    severity=Severity.QUERY,
    tables=("cin_child",),
    fields=("PersonBirthDate", "ExpectedPersonBirthDate"),
    sql="""
        SELECT _row FROM cin_child
        WHERE (PersonBirthDate IS NULL) = (ExpectedPersonBirthDate IS NULL)
    """,
    note="A date the reader could not read counts as not provided.",
)
