from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="134",
    message="Data on adoption should not be entered for the OC3 cohort.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_oc3"),
    fields=(
        "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR",
        "IN_TOUCH", "ACTIV", "ACCOM",
    ),
    sql="""
        SELECT a._row FROM ssda903_ad1 a
        JOIN ssda903_oc3 o ON o.CHILD = a.CHILD
        WHERE coalesce(o.IN_TOUCH, o.ACTIV, o.ACCOM) IS NOT NULL
          AND (a.DATE_INT IS NOT NULL OR a.DATE_MATCH IS NOT NULL OR a.FOSTER_CARE IS NOT NULL
               OR a.NB_ADOPTR IS NOT NULL OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL)
    """,
)
