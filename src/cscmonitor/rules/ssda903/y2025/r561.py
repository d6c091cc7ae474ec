from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="561",
    message="Date of the decision that the child should be placed for adoption this year is "
            "the same as that recorded last year but records show that the decision changed, "
            "and the child should no longer be placed for adoption last year.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_placed_for_adoption_last"),
    fields=("DATE_PLACED",),
    sql="""
        SELECT DISTINCT p._row FROM ssda903_placed_for_adoption p
        JOIN ssda903_placed_for_adoption_last l
          ON l.CHILD = p.CHILD AND l.DATE_PLACED = p.DATE_PLACED
        WHERE l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL
    """,
)
