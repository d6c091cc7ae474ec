from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="371",
    message="Child in supported accomodation not subject to children’s homes regulations should "
            "be at least 16.",
    severity=Severity.QUERY,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DECOM", "PLACE", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.PLACE IN ('K3', 'H5') AND age_on(h.DOB, e.DECOM) < 16
    """,
    note="Supported accommodation is K3 from 2024/25 (H5, which it replaced, also counts); "
         "age is taken on the day the episode started.",
)
