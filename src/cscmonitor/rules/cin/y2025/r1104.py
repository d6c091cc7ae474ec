from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1104",
    message=(
        "The date of the initial child protection conference cannot be before the referral date"
    ),
    severity=Severity.ERROR,
    tables=("cin_section47", "cin_episode"),
    fields=("DateOfInitialCPC", "CINreferralDate"),
    sql="""
        SELECT s._row FROM cin_section47 s
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE s.DateOfInitialCPC < e.CINreferralDate
    """,
    note=(
        "Checks the conference recorded on the section 47 enquiry, the module DfE names for this "
        "rule."
    ),
)
