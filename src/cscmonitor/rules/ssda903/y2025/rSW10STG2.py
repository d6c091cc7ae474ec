from cscmonitor.rules.rule import Rule, Severity

WITH_PREVIOUS_END = """
    SELECT _row, SW_DECOM, SW_REASON,
           lag(SW_DEC) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, SW_DEC, _row) AS previous_end
    FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL
"""
"""Each social worker episode with the end of the child's episode before it (SW10 rules)."""

RULE = Rule(
    code="SW10STG2",
    message="A new social worker episode has started before the end date of the previous social "
            "worker episode.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DECOM",),
    sql=f"""
        SELECT _row FROM ({WITH_PREVIOUS_END})
        WHERE SW_REASON IS DISTINCT FROM 'FCONTA'
          AND SW_DECOM < previous_end - INTERVAL 7 DAY
    """,
    note="DfE allows 7 days' tolerance and exempts first contacts (FCONTA). Only an overlap is "
         "flagged, as the message says; the community validator also flags a gap of more than "
         "7 days.",
)
