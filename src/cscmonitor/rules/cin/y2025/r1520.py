from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1520",
    message="More than one record with the same UPN.",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM cin_child
        WHERE UPN IS NOT NULL
        QUALIFY count(*) OVER (PARTITION BY UPN) > 1
    """,
)
