from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8736",
    message=(
        "For an Assessment that has not been completed, the start date must fall within the census "
        "year"
    ),
    severity=Severity.ERROR,
    tables=("cin_assessment",),
    fields=("AssessmentAuthorisationDate", "AssessmentActualStartDate"),
    sql="""
        SELECT _row FROM cin_assessment
        WHERE AssessmentAuthorisationDate IS NULL
          AND AssessmentActualStartDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
