from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="169",
    message="Local Authority (LA) of placement is not valid or is missing. Please check a valid "
            "postcode has been entered.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("PL_LA", "PL_POST", "LS"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4')) AND g.PL_LA IS NULL
    """,
    note="PL_LA is derived from the placement postcode, so it is missing when that postcode is "
         "blank or not in the ONS Postcode Directory; short breaks (V3, V4) need none. A blank "
         "LS is not a short break.",
)
