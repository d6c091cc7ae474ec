from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="392b",
    message="Child is looked after but no postcodes are recorded. [NOTE: This check may result "
            "in false positives for children formerly UASC, particularly if current & prior "
            "year UASC data not loaded]",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_uasc", "ssda903_uasc_last"),
    fields=("HOME_POST", "PL_POST", "LS"),
    last_year_optional=True,
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.LS NOT IN ('V3', 'V4') AND (e.HOME_POST IS NULL OR e.PL_POST IS NULL)
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc WHERE CHILD IS NOT NULL)
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc_last WHERE CHILD IS NOT NULL)
    """,
    note="DfE asks for both postcodes unless the episode is a short break (V3, V4) or the child "
         "was UASC this year, last year or the year before. A child listed in this year's UASC "
         "file, or in last year's when that return is loaded, is (or was) UASC; the year "
         "before last is not available, so a child UASC only then is flagged.",
)
