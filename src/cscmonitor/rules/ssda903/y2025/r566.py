from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="566",
    message="The date that the child's episode of being missing or away from placement without "
            "authorisation ended has been completed but whether the child was missing or away "
            "without authorisation has not been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MISSING", "MIS_END"),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_END IS NOT NULL AND MISSING IS NULL
    """,
)
