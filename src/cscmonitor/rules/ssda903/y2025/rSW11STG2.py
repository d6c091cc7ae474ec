from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW11STG2",
    message="Social worker episode has ended before 31 March and no subsequent social worker "
            "episode has been provided.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC",),
    sql="""
        SELECT _row FROM (
            SELECT _row, SW_DEC,
                   lead(SW_DECOM) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, _row) AS next_start
            FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL)
        WHERE SW_DEC < collection_end() AND next_start IS NULL
    """,
    note="The child's last social worker episode is flagged when it ended before 31 March.",
)
