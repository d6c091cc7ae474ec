from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="571",
    message="The date that the child ceased to be missing or away from placement without "
            "authorisation is before the start or after the end of the collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MIS_END",),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MIS_END < collection_start() OR MIS_END > collection_end()
    """,
)
