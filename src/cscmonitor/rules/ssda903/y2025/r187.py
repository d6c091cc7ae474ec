from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="187",
    message="Child cannot be looked after continuously for 12 months at 31 March (OC2) and have "
            "any of adoption or care leavers returns completed.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_oc3", "ssda903_episodes"),
    fields=(
        "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR",
        "IN_TOUCH", "ACTIV", "ACCOM",
    ),
    sql="""
        SELECT 'ssda903_ad1' AS table_name, _row FROM ssda903_ad1
        WHERE CHILD IN (SELECT CHILD FROM ssda903_looked_after_12_months)
          AND (DATE_INT IS NOT NULL OR DATE_MATCH IS NOT NULL OR FOSTER_CARE IS NOT NULL
               OR NB_ADOPTR IS NOT NULL OR SEX_ADOPTR IS NOT NULL OR LS_ADOPTR IS NOT NULL)
        UNION ALL
        SELECT 'ssda903_oc3', _row FROM ssda903_oc3
        WHERE CHILD IN (SELECT CHILD FROM ssda903_looked_after_12_months)
          AND coalesce(IN_TOUCH, ACTIV, ACCOM) IS NOT NULL
    """,
)
