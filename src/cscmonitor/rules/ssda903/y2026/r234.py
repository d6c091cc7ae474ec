from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="234",
    message="A child aged under 10 can not change placement due to being admitted to custody",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("REASON_PLACE_CHANGE", "DOB"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.REASON_PLACE_CHANGE = 'CUSTOD' AND age_on(h.DOB, e.DEC) < 10
    """,
    note="The age is taken on the day the placement changed: the end date of the episode "
         "carrying the reason (the start of the next one).",
)
