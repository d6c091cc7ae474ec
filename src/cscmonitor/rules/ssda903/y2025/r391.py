from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="391",
    message="Young person was not 17, 18, 19, 20 or 21 during the current collection year. ",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE (IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
          AND (DOB + INTERVAL 17 YEAR > collection_end()
               OR DOB + INTERVAL 22 YEAR <= collection_start())
    """,
    note="Follows DfE's wording at both ends: too young (17th birthday after 31 March) and too "
         "old (22nd birthday on or before 1 April); the community validator checks only the "
         "first.",
)
