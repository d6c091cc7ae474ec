from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="166",
    message="Date of review is invalid or blank.",
    severity=Severity.ERROR,
    tables=("ssda903_reviews",),
    fields=("REVIEW",),
    sql="""
        SELECT _row FROM ssda903_reviews
        WHERE REVIEW IS NULL OR invalid_read('ssda903_reviews', 'REVIEW', _row)
    """,
)
