from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="584",
    message="Date of decision that the child should be placed for adoption this year is "
            "different from that recorded last year, but the decision to placed the child for "
            "adoption changed and the child should no longer be placed for adoption.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_placed_for_adoption_last"),
    fields=("DATE_PLACED",),
    sql="""
        SELECT DISTINCT p._row FROM ssda903_placed_for_adoption p
        JOIN ssda903_placed_for_adoption_last l ON l.CHILD = p.CHILD
        WHERE (l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
          AND p.DATE_PLACED <= l.DATE_PLACED
    """,
    note="Follows DfE's coding: after a decision reversed last year, a decision this year "
         "must be later than it.",
)
