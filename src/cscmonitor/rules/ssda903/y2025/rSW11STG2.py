from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW11STG2",
    message="Social worker episode has ended before 31 March and no subsequent social worker "
            "episode has been provided.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker", "ssda903_episodes"),
    fields=("SW_DEC",),
    sql="""
        SELECT _row FROM (
            SELECT _row, CHILD, SW_DEC,
                   lead(SW_DECOM) OVER (PARTITION BY CHILD ORDER BY SW_DECOM, _row) AS next_start
            FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL) s
        WHERE SW_DEC < collection_end() AND next_start IS NULL
          AND EXISTS (SELECT 1 FROM ssda903_episodes e
                      WHERE e.CHILD = s.CHILD AND e.DECOM <= collection_end()
                        AND (e.DEC IS NULL OR e.DEC > collection_end()))
    """,
    note="Only children still looked after on 31 March are flagged: a child who stopped being "
         "looked after during the year has no social worker to allocate, and a real return "
         "closes the allocation when care ends. DfE's message names no exception, so this "
         "reading is a choice.",
)
