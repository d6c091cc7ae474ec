from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8794",
    message="Child has two or more disabilities with the same code",
    severity=Severity.ERROR,
    tables=("cin_disability",),
    fields=("Disability",),
    sql="""
        SELECT _row FROM cin_disability
        WHERE Disability IS NOT NULL
        QUALIFY count(*) OVER (PARTITION BY LAchildID, Disability) > 1
    """,
)
