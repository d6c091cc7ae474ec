from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="386",
    message="Reason episode ceased is adopted but child has reached age 18.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("REC", "DEC", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.REC IN ('E11', 'E12') AND age_on(h.DOB, e.DEC) >= 18
    """,
    note="Age is taken on the day the episode ceased.",
)
