from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8831",
    message="Activity is recorded against a case marked as a referral with no further action",
    severity=Severity.ERROR,
    tables=("cin_episode", "cin_assessment", "cin_section47"),
    fields=(
        "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate",
        "DateOfInitialCPC",
    ),
    sql="""
        SELECT e._row FROM cin_episode e
        WHERE e.ReferralNFA
          AND (e.DateOfInitialCPC IS NOT NULL
               OR EXISTS (SELECT 1 FROM cin_assessment a
                          WHERE a.LAchildID = e.LAchildID AND a.CINdetailsID = e.CINdetailsID
                            AND (a.AssessmentActualStartDate IS NOT NULL
                                 OR a.AssessmentAuthorisationDate IS NOT NULL))
               OR EXISTS (SELECT 1 FROM cin_section47 s
                          WHERE s.LAchildID = e.LAchildID AND s.CINdetailsID = e.CINdetailsID
                            AND (s.S47ActualStartDate IS NOT NULL
                                 OR s.DateOfInitialCPC IS NOT NULL)))
    """,
    note=(
        "DfE: a no-further-action referral has no assessment start or authorisation date, section "
        "47 start date or initial conference date (on either module); the episode is flagged."
    ),
)
