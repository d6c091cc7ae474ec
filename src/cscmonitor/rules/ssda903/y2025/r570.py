from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="570",
    message="The date that the child started to be missing or away from placement without "
            "authorisation is after the end of the collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_START",),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_START > collection_end()
    """,
)
