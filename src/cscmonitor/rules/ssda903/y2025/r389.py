from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="389",
    message="Reason episode ceased is that child transferred to care of adult social care "
            "services, but child is aged under 16.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("REC", "DEC", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.REC IN ('E7') AND age_on(h.DOB, e.DEC) < 16
    """,
    note="Age is taken on the day the episode ceased.",
)
