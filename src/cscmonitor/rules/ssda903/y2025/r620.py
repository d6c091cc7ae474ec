from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="620",
    message="Child has been recorded as a mother, but date of birth shows that the mother is "
            "under 11 years of age.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("DOB", "MOTHER"),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE MOTHER = '1' AND age_on(DOB, collection_start()) < 11
    """,
    note="Age taken at the start of the collection year (1 April), as DfE's rule does.",
)
