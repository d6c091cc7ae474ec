from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="531",
    message="A placement provider code of PR5 cannot be associated with placements P1.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER = 'PR5' AND PLACE = 'P1'
    """,
)
