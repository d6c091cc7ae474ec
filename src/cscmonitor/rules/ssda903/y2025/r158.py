from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="158",
    message="If a child has been recorded as receiving an intervention for their substance misuse "
            "problem, then the additional item on whether an intervention was offered should be "
            "left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE INTERVENTION_RECEIVED = '1' AND INTERVENTION_OFFERED IS NOT NULL
    """,
)
