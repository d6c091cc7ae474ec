from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="190",
    message="Child has not been looked after continuously for at least 12 months at 31 March but "
            "one or more data items relating to children looked after for 12 months have been "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=(
        "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE coalesce(CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT,
                       SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED) IS NOT NULL
          AND CHILD NOT IN (SELECT CHILD FROM ssda903_looked_after_12_months)
    """,
)
