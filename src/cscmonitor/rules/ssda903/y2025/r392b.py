from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="392b",
    message="Child is looked after but no postcodes are recorded. [NOTE: This check may result "
            "in false positives for children formerly UASC, particularly if current & prior "
            "year UASC data not loaded]",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_uasc"),
    fields=("HOME_POST", "PL_POST", "LS"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.LS NOT IN ('V3', 'V4') AND (e.HOME_POST IS NULL OR e.PL_POST IS NULL)
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc)
    """,
    note="A child listed in the UASC file is (or was) UASC and may have no postcodes; "
         "short-break episodes (V3, V4) need none. Last year's UASC file is not read, as the "
         "engine would then skip the rule whenever last year's return is not loaded.",
)
