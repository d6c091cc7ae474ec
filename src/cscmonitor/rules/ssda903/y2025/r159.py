from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="159",
    message="If a child has been recorded as not receiving an intervention for their substance "
            "misuse problem, then the additional item on whether an intervention was offered "
            "should be completed as well.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED = '0'
          AND INTERVENTION_OFFERED IS NULL
    """,
)
