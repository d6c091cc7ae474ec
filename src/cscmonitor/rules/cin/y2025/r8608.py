from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8608",
    message="Assessment Start Date cannot be later than its End Date",
    severity=Severity.ERROR,
    tables=("cin_assessment",),
    fields=("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
    sql="""
        SELECT _row FROM cin_assessment
        WHERE AssessmentActualStartDate > AssessmentAuthorisationDate
    """,
)
