from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="408",
    message="Child is placed for adoption with a placement order, but no placement order has "
            "been recorded.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "LS"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IN ('A5', 'A6') AND LS IS DISTINCT FROM 'E1'
    """,
    note="Placements A5 and A6 need the placement order legal status E1.",
)
