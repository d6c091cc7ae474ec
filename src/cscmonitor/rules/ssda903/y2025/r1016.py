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
          AND e.DEC > o.DOB + to_years(age_on(o.DOB, collection_end()))
          AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
    """,
    note="The birthday is the one in the collection year (the 17th for a 17-year-old, the 18th "
         "for an 18-year-old): someone who left care between their 17th and 18th birthdays is a "
         "care leaver at 18 and needs the information. Ceasing on the birthday itself does not "
         "count, as DfE says \"after\" (the community validator counts it).",
)
