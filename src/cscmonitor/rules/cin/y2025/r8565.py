from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8565",
    message="Activity shown after a case has been closed",
    severity=Severity.ERROR,
    tables=("cin_episode", "cin_assessment", "cin_section47", "cin_cpp", "cin_plan"),
    fields=(
        "CINclosureDate", "DateOfInitialCPC", "AssessmentActualStartDate",
        "AssessmentAuthorisationDate", "S47ActualStartDate", "CPPendDate", "CINPlanStartDate",
        "CINPlanEndDate",
    ),
    sql="""
        WITH activity AS (
            SELECT LAchildID, CINdetailsID, AssessmentActualStartDate AS day FROM cin_assessment
            UNION ALL
            SELECT LAchildID, CINdetailsID, AssessmentAuthorisationDate FROM cin_assessment
            UNION ALL SELECT LAchildID, CINdetailsID, S47ActualStartDate FROM cin_section47
            UNION ALL SELECT LAchildID, CINdetailsID, DateOfInitialCPC FROM cin_section47
            UNION ALL SELECT LAchildID, CINdetailsID, CPPendDate FROM cin_cpp
            UNION ALL SELECT LAchildID, CINdetailsID, CINPlanStartDate FROM cin_plan
            UNION ALL SELECT LAchildID, CINdetailsID, CINPlanEndDate FROM cin_plan
            UNION ALL SELECT LAchildID, CINdetailsID, DateOfInitialCPC FROM cin_episode
        )
        SELECT DISTINCT e._row FROM cin_episode e
        JOIN activity a USING (LAchildID, CINdetailsID)
        WHERE a.day > e.CINclosureDate
    """,
    note=(
        "DfE: a closure date must be on or after every assessment start and authorisation, section "
        "47 start, initial conference (on either module), child protection plan end and CIN plan "
        "start and end date of the episode; the episode is flagged."
    ),
)
