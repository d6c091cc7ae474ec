from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="372",
    message="Child in youth custody or prison should be at least 10.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DECOM", "PLACE", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.PLACE IN ('R5') AND age_on(h.DOB, e.DECOM) < 10
    """,
    note="Age is taken on the day the episode started.",
)
