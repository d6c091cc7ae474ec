from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="529",
    message="Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, "
            "K1, K2 and U1 to U6 as these placements cannot be provided by other public "
            "organisations.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER = 'PR3'
          AND PLACE IN ('P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2',
                        'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """,
)
