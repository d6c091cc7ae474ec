from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="352",
    message="Child who started to be looked after was aged 18 or over.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DECOM", "RNE"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.RNE = 'S' AND age_on(h.DOB, e.DECOM) >= 18
    """,
)
