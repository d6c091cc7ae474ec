from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW16bSTG2",
    message="The social worker episode start date does not match the open episode at the end of "
            "last year.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker", "ssda903_social_worker_last"),
    fields=("SW_DECOM",),
    sql="""
        WITH last_final AS (
            SELECT CHILD, SW_DECOM, SW_DEC FROM ssda903_social_worker_last
            QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM DESC, _row DESC) = 1),
        first_now AS (
            SELECT _row, CHILD, SW_DECOM FROM ssda903_social_worker
            QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM, _row) = 1)
        SELECT f._row FROM first_now f
        JOIN last_final l ON l.CHILD = f.CHILD
        WHERE l.SW_DEC IS NULL AND f.SW_DECOM IS DISTINCT FROM l.SW_DECOM
    """,
    note="When last year's final social worker episode was still open, this year's first "
         "episode must carry on with the same start date.",
)
