from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="243",
    message="Only placements with providers registered with Ofsted should have a URN reported.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("URN", "PL_POST"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE e.URN IS NOT NULL AND g.PL_LA IN ('WAL', 'SCO', 'NIR', 'NUK')
    """,
    note="DfE's coding: a placement whose derived LA of placement is outside England (WAL, SCO, "
         "NIR, NUK) must have a blank URN, so XXXXXXX is flagged too. The community validator "
         "also lists 'CON', unexplained and not a value the LA of placement is derived as from a "
         "postcode, so it is left out; a blank or unknown placement postcode gives no LA of "
         "placement and is not flagged.",
)
