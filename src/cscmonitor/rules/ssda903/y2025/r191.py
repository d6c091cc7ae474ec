from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="191",
    message="Child has been looked after continuously for at least 12 months at 31 March but one "
            "or more data items relating to children looked after for 12 months have been left "
            "blank.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL
               OR SUBSTANCE_MISUSE IS NULL)
          AND CHILD IN (SELECT CHILD FROM ssda903_looked_after_12_months)
    """,
    note="Checks the OC2 records present; the catalogue's affected field CHILD is the key shown "
         "with every finding.",
)
