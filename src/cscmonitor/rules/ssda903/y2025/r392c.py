from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="392c",
    message="Postcode(s) provided are invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("HOME_POST", "PL_POST"),
    sql="""
        SELECT g._row FROM ssda903_episode_geography g
        WHERE NOT g.HOME_POST_FOUND OR NOT g.PL_POST_FOUND
    """,
    note="A postcode is valid when the ONS Postcode Directory has it (ignoring case and "
         "spaces); terminated postcodes stay valid, as older placements may use them. A blank "
         "postcode is not checked here (392b asks for it).",
)
