from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="550",
    message="A placement provider code of PR0 can only be associated with placement P1.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER = 'PR0' AND PLACE <> 'P1'
    """,
)
