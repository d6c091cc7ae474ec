from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="390",
    message="Reason episode ceased is adopted but child has not been previously placed for "
            "adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "REC"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE REC IN ('E11', 'E12') AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6')
    """,
    note="The episode ending in adoption must itself be a placement for adoption (A3-A6).",
)
