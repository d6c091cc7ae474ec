from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW10aSTG2",
    message="A new social worker episode has started and it is not within +/- 7 days of a "
            "previous episode.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DECOM",),
    sql="""
        SELECT _row FROM (
            SELECT _row, SW_DECOM, SW_REASON,
                   lag(SW_DEC) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, SW_DEC, _row)
                       AS previous_end
            FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL)
        WHERE SW_REASON IS DISTINCT FROM 'FCONTA'
          AND (SW_DECOM < previous_end - INTERVAL 7 DAY
               OR SW_DECOM > previous_end + INTERVAL 7 DAY)
    """,
    note="Except on first contact (FCONTA), a new episode must start within 7 days either side "
         "of the end of the previous one; an open previous episode is SW08STG2's finding.",
)
