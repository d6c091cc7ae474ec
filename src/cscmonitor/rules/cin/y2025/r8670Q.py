from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8670Q",
    message=(
        "Please check and either amend data or provide a reason: Assessment started more than 45 "
        "working days before the end of the census year. However, there is no Assessment end "
        "date."
    ),
    severity=Severity.QUERY,
    tables=("cin_assessment",),
    fields=("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
    sql="""
        SELECT _row FROM cin_assessment
        WHERE AssessmentAuthorisationDate IS NULL
          AND working_days(AssessmentActualStartDate, collection_end() - 1) >= 45
    """,
    note=(
        "DfE: without an authorisation date the assessment should not start before the "
        "reference date minus 45 working days, the 45th working day before 31 March (Monday "
        "27 January 2025 for 2024/25; a non-working 31 March is not itself counted)."
    ),
)
