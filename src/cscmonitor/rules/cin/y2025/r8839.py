from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8839",
    message="Within one CINDetails group there are 2 or more open S47 Assessments",
    severity=Severity.ERROR,
    tables=("cin_section47",),
    fields=("DateOfInitialCPC",),
    sql="""
        SELECT _row FROM cin_section47
        WHERE DateOfInitialCPC IS NULL AND ICPCnotRequired IS NOT TRUE
        QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) > 1
    """,
    note=(
        "An open enquiry has no conference date and is not marked as not needing one; every open "
        "enquiry of the episode is flagged."
    ),
)
