from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8950Q",
    message=(
        "Please check and either amend data or provide a reason: the assessment factors code '19A' "
        "should not be used ('19B' or '19C' should be used instead)"
    ),
    severity=Severity.QUERY,
    tables=("cin_assessment_factor",),
    fields=("AssessmentFactors",),
    sql="""
        SELECT _row FROM cin_assessment_factor WHERE AssessmentFactors = '19A'
    """,
)
