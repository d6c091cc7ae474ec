from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8696",
    message="Assessment end date must fall within the census year",
    severity=Severity.ERROR,
    tables=("cin_assessment",),
    fields=("AssessmentAuthorisationDate",),
    sql="""
        SELECT _row FROM cin_assessment
        WHERE AssessmentAuthorisationDate NOT BETWEEN collection_start() AND collection_end()
    """,
)
