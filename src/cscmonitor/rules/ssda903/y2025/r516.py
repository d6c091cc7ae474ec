from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="516",
    message="The episode data submitted for this child does not show that he/she was with "
            "their former foster carer(s) during the year.If the code in the reason episode "
            "ceased is E45 or E46 the child must have a placement code of U1 to U6.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "REC"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE REC IN ('E45', 'E46')
          AND PLACE NOT IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """,
    note="Checks the placement of the episode that ceased with the special guardianship order "
         "to former foster carers (E45, E46).",
)
