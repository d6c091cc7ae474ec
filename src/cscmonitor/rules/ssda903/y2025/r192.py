from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="192",
    message="Child has been identified as having a substance misuse problem but the additional "
            "item on whether an intervention was received has been left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED IS NULL
    """,
)
