from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.rSW10STG2 import WITH_PREVIOUS_END

RULE = Rule(
    code="SW10aSTG2",
    message="A new social worker episode has started and it is not within +/- 7 days of a "
            "previous episode.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DECOM",),
    sql=f"""
        SELECT _row FROM ({WITH_PREVIOUS_END})
        WHERE SW_REASON IS DISTINCT FROM 'FCONTA'
          AND (SW_DECOM < previous_end - INTERVAL 7 DAY
               OR SW_DECOM > previous_end + INTERVAL 7 DAY)
    """,
    note="Except on first contact (FCONTA), a new episode must start within 7 days either side "
         "of the end of the previous one; an open previous episode is SW08STG2's finding.",
)
