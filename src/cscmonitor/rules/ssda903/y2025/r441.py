from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="441",
    message="Participation method indicates child was 4 years old or over at the time of the "
            "review, but the date of birth and review date indicates the child was under 4 "
            "years old.",
    severity=Severity.ERROR,
    tables=("ssda903_reviews",),
    fields=("DOB", "REVIEW", "REVIEW_CODE"),
    sql="""
        SELECT _row FROM ssda903_reviews
        WHERE REVIEW_CODE IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
          AND age_on(DOB, REVIEW) < 4
    """,
)
