from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="565",
    message="The date that the child started to be missing or away from placement without "
            "authorisation has been completed but whether the child was missing or away from "
            "placement without authorisation has not been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MISSING", "MIS_START"),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_START IS NOT NULL AND MISSING IS NULL
    """,
)
