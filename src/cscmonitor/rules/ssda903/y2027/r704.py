from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="704",
    message="The date that the DoLO ended is before the start or after the end of the "
            "collection year.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_END",),
    sql="""
        SELECT _row FROM ssda903_dol
        WHERE DOLO_END < collection_start() OR DOLO_END > collection_end()
    """,
)
