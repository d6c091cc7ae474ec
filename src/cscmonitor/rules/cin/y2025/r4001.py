from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4001",
    message="A CIN Plan cannot run concurrently with a Child Protection Plan",
    severity=Severity.ERROR,
    tables=("cin_plan", "cin_cpp"),
    fields=("CINPlanEndDate", "CPPendDate"),
    sql="""
        SELECT p._row FROM cin_plan p
        WHERE p.CINPlanEndDate IS NULL
          AND EXISTS (SELECT 1 FROM cin_cpp c
                      WHERE c.LAchildID = p.LAchildID AND c.CINdetailsID = p.CINdetailsID
                        AND c.CPPendDate IS NULL)
    """,
    note=(
        "Within one CIN details module, an open child protection plan and an open CIN plan "
        "together."
    ),
)
