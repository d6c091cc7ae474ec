from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="528",
    message="A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER = 'PR2' AND PLACE IN ('P1', 'R2', 'R5')
    """,
)
