from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="560",
    message="Date of decision that the child should be placed for adoption this year is "
            "different from that recorded last year but the decision to place the child for "
            "adoption did not change.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_placed_for_adoption_last"),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
    sql="""
        WITH open_last AS (
            SELECT DISTINCT CHILD, DATE_PLACED FROM ssda903_placed_for_adoption_last
            WHERE DATE_PLACED IS NOT NULL AND DATE_PLACED_CEASED IS NULL
        )
        SELECT p._row FROM ssda903_placed_for_adoption p
        JOIN open_last l ON l.CHILD = p.CHILD
        WHERE NOT EXISTS (SELECT 1 FROM ssda903_placed_for_adoption s
                          WHERE s.CHILD = l.CHILD AND s.DATE_PLACED = l.DATE_PLACED)
    """,
    note="A decision still open at the end of last year must reappear with the same date; "
         "when none of the child's decisions this year has it, each of them is flagged.",
)
