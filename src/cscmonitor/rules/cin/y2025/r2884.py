from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2884",
    message=(
        "An initial child protection conference is recorded at both the S47 and CIN Details level "
        "and it should only be recorded in one"
    ),
    severity=Severity.ERROR,
    tables=("cin_section47", "cin_episode"),
    fields=("DateOfInitialCPC",),
    sql="""
        SELECT s._row FROM cin_section47 s
        JOIN cin_episode e USING (LAchildID, CINdetailsID)
        WHERE s.DateOfInitialCPC = e.DateOfInitialCPC
    """,
    note=(
        "The same conference is one recorded with the same date on the section 47 enquiry and on "
        "its own CIN details module; the community validator compares a child's episodes across "
        "each other, DfE's rule is within one CINdetails."
    ),
)
