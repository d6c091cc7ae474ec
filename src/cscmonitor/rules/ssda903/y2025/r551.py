from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="551",
    message="Child has been placed for adoption but there is no date of the decision that the "
            "child should be placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_placed_for_adoption"),
    fields=("DATE_PLACED", "PLACE"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.PLACE IN ('A3', 'A4', 'A5', 'A6')
          AND NOT EXISTS (SELECT 1 FROM ssda903_placed_for_adoption p
                          WHERE p.CHILD = e.CHILD AND p.DATE_PLACED IS NOT NULL)
    """,
    note="Every episode with an adoption placement (A3 to A6) is flagged when the child has no "
         "decision to place for adoption with a date.",
)
