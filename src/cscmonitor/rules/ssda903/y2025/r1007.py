from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1007",
    message="Care leaver information is not required for 17- or 18-year olds who are still "
            "looked after [on their 17th or 18th birthday.]",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        WITH leavers AS (
            SELECT _row, CHILD,
                   DOB + to_years(CAST(age_on(DOB, collection_end()) AS INTEGER)) AS birthday
            FROM ssda903_oc3
            WHERE age_on(DOB, collection_end()) IN (17, 18)
              AND (IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL))
        SELECT DISTINCT l._row FROM leavers l
        JOIN ssda903_episodes e ON e.CHILD = l.CHILD
        WHERE e.DECOM <= l.birthday AND (e.DEC > l.birthday OR e.DEC IS NULL)
    """,
    note="Looked after on the birthday reached in the year: an episode open that day, including "
         "one still open (the community validator ignores open episodes).",
)
