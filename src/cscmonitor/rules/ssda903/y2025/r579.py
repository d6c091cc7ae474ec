from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="579",
    message="A new decision that the child should be placed for adoption this year cannot "
            "start when the previous decision is still open. Decisions to place the child for "
            "adoption should also not overlap. The date of any new decision to place the child "
            "for adoption must not be before the date placed ceased of previous decisions.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
    sql="""
        WITH ordered AS (
            SELECT _row, DATE_PLACED,
                   max(coalesce(DATE_PLACED_CEASED, DATE '9999-12-31')) OVER (
                       PARTITION BY CHILD ORDER BY DATE_PLACED, _row
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_ceased
            FROM ssda903_placed_for_adoption
            WHERE DATE_PLACED IS NOT NULL
        )
        SELECT _row FROM ordered
        WHERE DATE_PLACED < earlier_ceased AND DATE_PLACED >= collection_start()
    """,
    note="The new decision is flagged; it may be made on the day the previous one ceased. "
         "Only decisions made this year are checked, as the message says.",
)
