from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="547",
    message="Any child who has health promotion information completed must also have "
            "immunisation, teeth check, health assessment and substance misuse problem "
            "identified fields completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("HEALTH_ASSESSMENT", "HEALTH_CHECK", "IMMUNISATIONS", "SUBSTANCE_MISUSE",
            "TEETH_CHECK"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE HEALTH_CHECK IS NOT NULL
          AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL
               OR SUBSTANCE_MISUSE IS NULL)
    """,
)
