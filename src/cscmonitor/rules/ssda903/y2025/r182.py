from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="182",
    message="Data entries on immunisations, teeth checks, health assessments and substance misuse "
            "problem identified should be completed or all OC2 fields should be left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=(
        "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE coalesce(CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT,
                       SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED) IS NOT NULL
          AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL
               OR SUBSTANCE_MISUSE IS NULL)
    """,
    note="Follows the message: once any of the eight OC2 items is given, immunisations, teeth "
         "check, health assessment and substance misuse must all be given (the SDQ items have "
         "rules of their own). The community validator only counts the other four items as given, "
         "so it misses e.g. a lone IMMUNISATIONS.",
)
