from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="215",
    message="Child has care leaver information but one or more data items relating to children "
            "looked after for 12 months have been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_oc2"),
    fields=(
        "IN_TOUCH", "ACTIV", "ACCOM", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ),
    sql="""
        WITH both_returns AS (
            SELECT o3._row AS oc3_row, o2._row AS oc2_row
            FROM ssda903_oc3 o3
            JOIN ssda903_oc2 o2 ON o2.CHILD = o3.CHILD
            WHERE coalesce(o3.IN_TOUCH, o3.ACTIV, o3.ACCOM) IS NOT NULL
              AND coalesce(o2.CONVICTED, o2.HEALTH_CHECK, o2.IMMUNISATIONS, o2.TEETH_CHECK,
                           o2.HEALTH_ASSESSMENT, o2.SUBSTANCE_MISUSE, o2.INTERVENTION_RECEIVED,
                           o2.INTERVENTION_OFFERED) IS NOT NULL
        )
        SELECT 'ssda903_oc3' AS table_name, oc3_row AS _row FROM both_returns
        UNION ALL
        SELECT 'ssda903_oc2', oc2_row FROM both_returns
    """,
)
