from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8898",
    message=" The assessment has more than one parental or child factors with the same code",
    severity=Severity.ERROR,
    tables=("cin_assessment_factor",),
    fields=("AssessmentFactors",),
    sql="""
        SELECT _row FROM cin_assessment_factor
        WHERE AssessmentFactors IS NOT NULL
        QUALIFY count(*)
            OVER (PARTITION BY LAchildID, CINdetailsID, AssessmentID, AssessmentFactors) > 1
    """,
)
