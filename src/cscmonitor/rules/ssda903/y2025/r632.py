from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="632",
    message="Date of previous permanence order not a valid value. NOTE: This rule may result "
            "in false negatives where the period of care started before the current collection "
            "year",
    severity=Severity.ERROR,
    tables=("ssda903_previous_permanence", "ssda903_episodes"),
    fields=("DATE_PERM", "DECOM"),
    sql="""
        WITH started AS (
            SELECT CHILD, max(DECOM) AS DECOM FROM ssda903_episodes
            WHERE RNE = 'S' GROUP BY CHILD),
        unreadable AS (  -- DfE allows ZZ for an unknown day, month or year: not invalid
            SELECT _row FROM read_issues
            WHERE table_name = 'ssda903_previous_permanence' AND field = 'DATE_PERM'
              AND code IN ('not-a-date', 'impossible-date')
              AND NOT (lower(value) LIKE '%zz%' AND regexp_full_match(lower(value),
                  '(zz|0[1-9]|[12][0-9]|3[01])/(zz|0[1-9]|1[0-2])/(zzzz|[0-9]{4})')))
        SELECT p._row FROM ssda903_previous_permanence p
        LEFT JOIN started s ON s.CHILD = p.CHILD
        WHERE p._row IN (SELECT _row FROM unreadable) OR p.DATE_PERM >= s.DECOM
    """,
    note="The order must predate the start (RNE S) of the child's latest period of care in the "
         "return. A date DfE allows as estimated (ZZ for the day, month or year, e.g. "
         "ZZ/05/2021) is valid and, being inexact, not compared with the start of care.",
)
