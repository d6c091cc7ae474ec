from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="559",
    message="Date of decision that a child should be placed for adoption was not in the "
            "current year but the date of the decision that the child should be placed for "
            "adoption was not completed in a previous return.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_placed_for_adoption_last"),
    fields=("DATE_PLACED",),
    sql="""
        SELECT p._row FROM ssda903_placed_for_adoption p
        WHERE p.DATE_PLACED < collection_start()
          AND NOT EXISTS (SELECT 1 FROM ssda903_placed_for_adoption_last l
                          WHERE l.CHILD = p.CHILD AND l.DATE_PLACED IS NOT NULL)
    """,
    note="Only last year's return is compared: a decision recorded in an older return but not "
         "last year's is flagged.",
)
