from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="167",
    message="Data entry for participation is invalid or blank.",
    severity=Severity.ERROR,
    tables=("ssda903_reviews",),
    fields=("REVIEW_CODE",),
    sql="""
        SELECT _row FROM ssda903_reviews
        WHERE REVIEW_CODE IS NULL OR NOT valid_code('ssda903.review_code', REVIEW_CODE)
    """,
)
