from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="420",
    message="LA of placement completed but child is looked after under legal status V3 or V4.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("PL_LA", "PL_POST", "LS"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE e.LS IN ('V3', 'V4') AND g.PL_LA IS NOT NULL
    """,
    note="PL_LA is derived from the placement postcode: it is completed when a short break "
         "(V3, V4) gives a placement postcode found in the ONS Postcode Directory.",
)
