from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW108STG2",
    message="A new social worker episode has started, but the previous episode has not ended.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC",),
    sql="""
        SELECT _row FROM (
            SELECT _row, SW_DEC,
                   lead(SW_DECOM) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, _row) AS next_start
            FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL)
        WHERE SW_DEC IS NULL AND next_start IS NOT NULL
    """,
    note="The open episode followed by a later one is flagged.",
)
