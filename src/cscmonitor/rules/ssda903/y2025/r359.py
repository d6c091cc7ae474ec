from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="359",
    message="Child being looked after following 18th birthday must be accommodated under "
            "section 20(5) of the Children Act 1989 in a community home.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DEC", "LS", "PLACE"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.DEC IS NULL AND h.DOB + INTERVAL 18 YEAR < collection_end()
          AND NOT (e.LS = 'V2' AND e.PLACE = 'K2')
    """,
    note="An episode still open at 31 March for a child whose 18th birthday was before then "
         "must be V2 in a children's home (K2).",
)
