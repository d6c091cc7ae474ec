from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2889",
    message="The S47 start date cannot be before the referral date.",
    severity=Severity.ERROR,
    tables=("cin_section47", "cin_episode"),
    fields=("S47ActualStartDate", "CINreferralDate"),
    sql="""
        SELECT s._row FROM cin_section47 s
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE s.S47ActualStartDate < e.CINreferralDate
    """,
)
