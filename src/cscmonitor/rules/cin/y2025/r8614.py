from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8614",
    message=(
        "Parental or child factors at assessment should only be present for a completed assessment."
    ),
    severity=Severity.ERROR,
    tables=("cin_assessment", "cin_assessment_factor"),
    fields=("AssessmentAuthorisationDate", "AssessmentFactors"),
    sql="""
        SELECT a._row FROM cin_assessment a
        WHERE a.AssessmentAuthorisationDate IS NULL
          AND EXISTS (SELECT 1 FROM cin_assessment_factor f
                      WHERE f.LAchildID = a.LAchildID AND f.CINdetailsID = a.CINdetailsID
                        AND f.AssessmentID = a.AssessmentID)
    """,
)
