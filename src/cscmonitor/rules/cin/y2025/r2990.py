from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2990",
    message=(
        "Activity is recorded against a case marked as ‘Case closed after assessment, no further "
        "action’ or 'case closed after assessment, referred to early help'."
    ),
    severity=Severity.ERROR,
    tables=("cin_episode", "cin_section47", "cin_cpp", "cin_plan"),
    fields=("ReasonForClosure",),
    sql="""
        SELECT e._row FROM cin_episode e
        WHERE e.ReasonForClosure IN ('RC8', 'RC9')
          AND (e.DateOfInitialCPC IS NOT NULL
               OR EXISTS (SELECT 1 FROM cin_section47 s
                          WHERE s.LAchildID = e.LAchildID AND s.CINdetailsID = e.CINdetailsID)
               OR EXISTS (SELECT 1 FROM cin_cpp c
                          WHERE c.LAchildID = e.LAchildID AND c.CINdetailsID = e.CINdetailsID)
               OR EXISTS (SELECT 1 FROM cin_plan p
                          WHERE p.LAchildID = e.LAchildID AND p.CINdetailsID = e.CINdetailsID))
    """,
    note=(
        "Activity is a section 47 enquiry, a child protection plan, a CIN plan or an initial "
        "conference on the CIN details module; RC9 is included as the message names it."
    ),
)
