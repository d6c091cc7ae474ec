from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="179",
    message="Placement location code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("PL_LOCATION", "PL_POST", "LS"),
    needs_authority=True,
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4')) AND g.PL_LOCATION IS NULL
    """,
    note="PL_LOCATION is derived (IN or OUT of the submitting authority), so it is only ever "
         "missing: when the placement postcode is blank or not in the ONS Postcode Directory. "
         "Short breaks (V3, V4) need none; a blank LS is not a short break.",
)
