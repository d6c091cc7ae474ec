from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="444",
    message="Duplicate UPN has been reported",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM (
            SELECT _row, UPN, count(*) OVER (PARTITION BY UPN) AS holders FROM ssda903_header
            WHERE UPN IS NOT NULL)
        WHERE holders > 1 AND UPN NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5')
    """,
    note="The UN1-UN5 codes saying why a UPN is unknown may repeat; every child sharing a real "
         "UPN is flagged.",
)
