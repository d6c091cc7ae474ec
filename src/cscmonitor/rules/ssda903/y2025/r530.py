from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="530",
    message="A placement provider code of PR4 cannot be associated with placement P1.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER = 'PR4' AND PLACE = 'P1'
    """,
)
