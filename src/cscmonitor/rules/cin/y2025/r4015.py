from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4015",
    message="The CIN Plan start date cannot be before the referral date",
    severity=Severity.ERROR,
    tables=("cin_plan", "cin_episode"),
    fields=("CINPlanStartDate", "CINreferralDate"),
    sql="""
        SELECT p._row FROM cin_plan p
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE p.CINPlanStartDate < e.CINreferralDate
    """,
)
