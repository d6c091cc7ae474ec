from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="348",
    message="Care leaver has previously been reported as having died. ",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_oc3_last"),
    fields=("IN_TOUCH",),
    sql="""
        SELECT o._row FROM ssda903_oc3 o
        JOIN ssda903_oc3_last l ON l.CHILD = o.CHILD
        WHERE l.IN_TOUCH = 'DIED' AND o.IN_TOUCH IS DISTINCT FROM 'DIED'
    """,
    note="DfE lists only OC3, but \"previously\" means last year's return, so OC3 of both years "
         "is read.",
)
