from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW17STG2",
    message="There is no social worker episode open at 31 March",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC", "SW_DECOM"),
    sql="""
        SELECT _row FROM (
            SELECT _row, SW_DEC,
                   row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM DESC, _row DESC) AS n
            FROM ssda903_social_worker)
        WHERE n = 1 AND SW_DEC IS NOT NULL
    """,
    note="The child's latest social worker episode (by start date) must still be open; it is "
         "the record flagged.",
)
