from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="574",
    message="A new missing/away from placement without authorisation period cannot start when "
            "the previous missing/away from placement without authorisation period is still "
            "open. Missing/away from placement without authorisation periods should also not "
            "overlap.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_END", "MIS_START"),
    sql="""
        WITH ordered AS (
            SELECT _row, MIS_START,
                   max(coalesce(MIS_END, DATE '9999-12-31')) OVER (
                       PARTITION BY CHILD ORDER BY MIS_START, _row
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end
            FROM ssda903_missing
            WHERE MIS_START IS NOT NULL
        )
        SELECT _row FROM ordered WHERE MIS_START < earlier_end
    """,
    note="The later period is flagged when any earlier one is still open or ends after it "
         "starts; a period may start on the day the previous one ended.",
)
