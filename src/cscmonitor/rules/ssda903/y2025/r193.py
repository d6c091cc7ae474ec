from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="193",
    message="Child not identified as having a substance misuse problem but at least one of the two "
            "additional items on whether an intervention were offered and received have been "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE (SUBSTANCE_MISUSE = '0' OR SUBSTANCE_MISUSE IS NULL)
          AND (INTERVENTION_RECEIVED IS NOT NULL OR INTERVENTION_OFFERED IS NOT NULL)
    """,
    note="'Not identified' covers both 0 and a blank SUBSTANCE_MISUSE.",
)
