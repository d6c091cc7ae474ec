from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="387",
    message="Reason episode ceased is child moved into independent living arrangement, but the "
            "child is aged under 14.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("REC", "DEC", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.REC IN ('E5', 'E6') AND age_on(h.DOB, e.DEC) < 14
    """,
    note="Age is taken on the day the episode ceased.",
)
