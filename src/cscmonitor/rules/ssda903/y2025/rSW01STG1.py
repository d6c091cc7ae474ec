from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW01STG1",
    message="Child looked after on 31 March, but no social worker episode information is "
            "reported",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_social_worker"),
    fields=("DEC",),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.DEC IS NULL AND NOT coalesce(e.LS IN ('V3', 'V4'), false)
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_social_worker
                              WHERE SW_ID IS NOT NULL AND SW_DECOM IS NOT NULL)
    """,
    note="Looked after on 31 March: an open episode outside short breaks (V3/V4). The open "
         "episode is the record flagged.",
)
