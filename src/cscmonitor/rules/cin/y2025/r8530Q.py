from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8530Q",
    message=(
        "Please check and either amend data or provide a reason: Expected Date of Birth is outside "
        "the expected range for this census (March to December of the Census Year end)"
    ),
    severity=Severity.QUERY,
    tables=("cin_child",),
    fields=("ExpectedPersonBirthDate",),
    sql="""
        SELECT _row FROM cin_child
        WHERE ExpectedPersonBirthDate NOT BETWEEN make_date(collection_year(), 3, 1)
                                              AND make_date(collection_year(), 12, 31)
    """,
)
