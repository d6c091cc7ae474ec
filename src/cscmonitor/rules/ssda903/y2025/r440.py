from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="440",
    message="Participation method indicates child was under 4 years old at the time of the "
            "review, but date of birth and review date indicates the child was 4 years old or "
            "over.",
    severity=Severity.ERROR,
    tables=("ssda903_reviews",),
    fields=("DOB", "REVIEW", "REVIEW_CODE"),
    sql="SELECT _row FROM ssda903_reviews WHERE REVIEW_CODE = 'PN0' AND age_on(DOB, REVIEW) >= 4",
    note="A review on the 4th birthday is of a child aged 4, so PN0 is flagged there; the "
         "community validator flags only reviews after the birthday.",
)
