from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="567",
    message="The date that the missing episode or episode that the child was away from "
            "placement without authorisation ended is before the date that it started.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_END", "MIS_START"),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_END < MIS_START
    """,
)
