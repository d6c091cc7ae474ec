from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="544",
    message="Any child who has conviction information completed must also have immunisation, "
            "teeth check, health assessment and substance misuse problem identified fields "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("CONVICTED", "HEALTH_ASSESSMENT", "IMMUNISATIONS", "SUBSTANCE_MISUSE",
            "TEETH_CHECK"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE CONVICTED IS NOT NULL
          AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL
               OR SUBSTANCE_MISUSE IS NULL)
    """,
)
