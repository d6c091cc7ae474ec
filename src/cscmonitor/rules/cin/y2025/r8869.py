from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8869",
    message=(
        "The assessment factors code “21” cannot be used in conjunction with any other assessment "
        "factors."
    ),
    severity=Severity.ERROR,
    tables=("cin_assessment_factor",),
    fields=("AssessmentFactors",),
    sql="""
        SELECT _row FROM cin_assessment_factor
        QUALIFY bool_or(AssessmentFactors = '21')
                    OVER (PARTITION BY LAchildID, CINdetailsID, AssessmentID)
            AND bool_or(AssessmentFactors <> '21')
                    OVER (PARTITION BY LAchildID, CINdetailsID, AssessmentID)
    """,
    note="Every factor of the assessment is flagged.",
)
