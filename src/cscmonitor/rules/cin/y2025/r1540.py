from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1540",
    message="UPN invalid (characters 5-12 not all numeric)",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM cin_child
        WHERE UPN IS NOT NULL AND NOT regexp_full_match(substr(UPN, 5, 8), '[0-9]{8}')
    """,
)
