from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="100",
    message="Reference Date is incorrect",
    severity=Severity.ERROR,
    tables=("cin_header",),
    fields=("ReferenceDate",),
    sql="""
        SELECT _row FROM cin_header
        WHERE ReferenceDate IS DISTINCT FROM collection_end()
    """,
    note=(
        "The reference date must be 31 March of the collection's end year; a blank or unreadable "
        "date is incorrect too."
    ),
)
