from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8842Q",
    message="Please check and either amend or provide a reason: Review Record has a missing date",
    severity=Severity.QUERY,
    tables=("cin_cpp_review",),
    fields=("CPPreviewDate",),
    sql="""
        SELECT _row FROM cin_cpp_review WHERE CPPreviewDate IS NULL
    """,
    note="A review whose date is blank or could not be read has a missing date.",
)
