from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1105",
    message="The child protection plan start date cannot be before the referral date",
    severity=Severity.ERROR,
    tables=("cin_cpp", "cin_episode"),
    fields=("CPPstartDate", "CINreferralDate"),
    sql="""
        SELECT c._row FROM cin_cpp c
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE c.CPPstartDate < e.CINreferralDate
    """,
)
