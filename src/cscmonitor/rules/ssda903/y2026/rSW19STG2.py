from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="SW19STG2",
    message="There are 2 social worker episodes for the child starting on the same date.",
    severity=Severity.ERROR,
    tables=("ssda903_social_worker",),
    fields=("SW_DEC", "SW_DECOM"),
    sql="""
        SELECT _row FROM (
            SELECT _row, count(*) OVER (PARTITION BY CHILD, SW_DECOM) AS starting
            FROM ssda903_social_worker WHERE SW_DECOM IS NOT NULL)
        WHERE starting > 1
    """,
    note="Every episode sharing the start date is flagged, as none can be told to be the right "
         "one.",
)
