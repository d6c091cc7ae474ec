from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="392a",
    message="Child is looked after but no distance is recorded. [NOTE: This check may result in "
            "false positives for children formerly UASC]",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_uasc",
            "ssda903_uasc_last"),
    fields=("PL_DISTANCE", "HOME_POST", "PL_POST", "LS"),
    last_year_optional=True,
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4')) AND g.PL_DISTANCE IS NULL
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc WHERE CHILD IS NOT NULL)
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc_last WHERE CHILD IS NOT NULL)
    """,
    note="PL_DISTANCE is derived from the two postcodes, so it is missing when either is blank "
         "or not in the ONS Postcode Directory (or, outside Great Britain, has no grid "
         "reference). As in 392b, a child in this year's or last year's UASC file is (or was) "
         "UASC and exempt; one UASC only the year before last is flagged.",
)
