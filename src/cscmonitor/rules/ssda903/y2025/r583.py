from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="583",
    message="More than one date the child should be placed for adoption has been reported, but "
            "an earlier decision has not been revoked. Check that both dates are required and "
            "add in the date the earlier decision was revoked. Note this may be in a previous "
            "year.",
    severity=Severity.QUERY,
    tables=("ssda903_placed_for_adoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
    sql="""
        WITH ordered AS (
            SELECT _row, DATE_PLACED, DATE_PLACED_CEASED,
                   max(DATE_PLACED) OVER (PARTITION BY CHILD) AS latest
            FROM ssda903_placed_for_adoption
            WHERE DATE_PLACED IS NOT NULL
        )
        SELECT _row FROM ordered
        WHERE DATE_PLACED < latest AND DATE_PLACED_CEASED IS NULL
    """,
    note="The earlier decision without a ceased date is flagged; a query, as DfE asks the "
         "local authority to check.",
)
