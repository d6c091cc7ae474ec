from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8867",
    message="CIN episode is shown as closed, however Assessment is not shown as completed",
    severity=Severity.ERROR,
    tables=("cin_episode", "cin_assessment"),
    fields=("CINclosureDate", "AssessmentAuthorisationDate"),
    sql="""
        SELECT e._row FROM cin_episode e
        WHERE e.CINclosureDate IS NOT NULL
          AND EXISTS (SELECT 1 FROM cin_assessment a
                      WHERE a.LAchildID = e.LAchildID AND a.CINdetailsID = e.CINdetailsID
                        AND a.AssessmentAuthorisationDate IS NULL)
    """,
)
