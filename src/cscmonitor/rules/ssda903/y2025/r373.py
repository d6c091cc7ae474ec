from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="373",
    message="Child placed in a school should be at least 4 years old.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DECOM", "PLACE", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.PLACE IN ('S1') AND age_on(h.DOB, e.DECOM) < 4
    """,
    note="Age is taken on the day the episode started.",
)
