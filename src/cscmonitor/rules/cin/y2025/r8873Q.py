from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8873Q",
    message=(
        "Please check and either amend data or provide a reason: When there is only one assessment "
        "on the episode and the factors code “21 No factors identified” has been used for the "
        "completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used."
    ),
    severity=Severity.QUERY,
    tables=("cin_assessment", "cin_assessment_factor", "cin_episode"),
    fields=("ReasonForClosure", "AssessmentFactors"),
    sql="""
        WITH single AS (
            SELECT _row, LAchildID, CINdetailsID, AssessmentID, AssessmentAuthorisationDate
            FROM cin_assessment
            QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) = 1
        )
        SELECT a._row FROM single a
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE a.AssessmentAuthorisationDate IS NOT NULL
          AND coalesce(e.ReasonForClosure NOT IN ('RC8', 'RC9'), true)
          AND EXISTS (SELECT 1 FROM cin_assessment_factor f
                      WHERE f.LAchildID = a.LAchildID AND f.CINdetailsID = a.CINdetailsID
                        AND f.AssessmentID = a.AssessmentID AND f.AssessmentFactors = '21')
    """,
    note=(
        "An episode still open (no reason for closure) is queried too, as the community validator "
        "does: DfE expects it closed with RC8 or RC9."
    ),
)
