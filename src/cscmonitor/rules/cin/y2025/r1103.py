from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1103",
    message="The assessment start date cannot be before the referral date",
    severity=Severity.ERROR,
    tables=("cin_assessment", "cin_episode"),
    fields=("AssessmentActualStartDate", "CINreferralDate"),
    sql="""
        SELECT a._row FROM cin_assessment a
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE a.AssessmentActualStartDate < e.CINreferralDate
    """,
)
