from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="392d",
    message="Home and placement postcodes should not be same unless the placement type is P1.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes",),
    fields=("HOME_POST", "PL_POST", "PLACE"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IS DISTINCT FROM 'P1'
          AND upper(replace(HOME_POST, ' ', '')) = upper(replace(PL_POST, ' ', ''))
    """,
    note="Postcodes are compared ignoring letter case and spaces.",
)
