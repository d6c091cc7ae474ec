from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8825Q",
    message=(
        "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case "
        "closed after assessment) or RC9 (case closed after assessment, referred to early help) "
        "has been returned but there is no assessment present for the episode."
    ),
    severity=Severity.QUERY,
    tables=("cin_episode", "cin_assessment"),
    fields=("ReasonForClosure",),
    sql="""
        SELECT e._row FROM cin_episode e
        WHERE e.ReasonForClosure IN ('RC8', 'RC9')
          AND NOT EXISTS (SELECT 1 FROM cin_assessment a
                          WHERE a.LAchildID = e.LAchildID AND a.CINdetailsID = e.CINdetailsID)
    """,
)
