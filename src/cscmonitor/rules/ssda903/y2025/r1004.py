from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1004",
    message="The start date of the missing episode or episode that the child was away from "
            "placement without authorisation is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_START",),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_START IS NULL OR invalid_read('ssda903_missing', 'MIS_START', _row)
    """,
    note="MIS_START is mandatory, so a blank start is invalid as well as an unreadable one.",
)
