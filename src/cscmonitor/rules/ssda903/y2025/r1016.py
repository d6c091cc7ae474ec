from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1016",
    message="Care leaver information is not required for 17- or 18-year olds who cease to be "
            "looked after, after their birthday.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT DISTINCT o._row FROM ssda903_oc3 o
        JOIN ssda903_episodes e ON e.CHILD = o.CHILD
        WHERE age_on(o.DOB, collection_end()) IN (17, 18)
          AND e.DEC > o.DOB + INTERVAL 17 YEAR
          AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
    """,
    note="An episode ending after the 17th birthday (so also after the 18th) counts; ceasing on "
         "the birthday itself does not, as DfE says \"after\" (the community validator counts it).",
)
