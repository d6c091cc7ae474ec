from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW10bSTG2",
    message="A new social worker episode has started with a reason of first contact before the "
            "previous episode has ended.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DECOM", "SW_REASON"),
    sql="""
        SELECT _row FROM (
            SELECT _row, SW_DECOM, SW_REASON,
                   lag(SW_DEC) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, SW_DEC, _row)
                       AS previous_end
            FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL)
        WHERE SW_REASON = 'FCONTA' AND SW_DECOM < previous_end
    """,
    note="A first contact may start on the day the previous episode ended, as the message says "
         "\"before\" (the community validator flags that day too).",
)
