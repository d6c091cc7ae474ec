from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="625",
    message="Date of birth of the first child is beyond the end of this reporting year or the "
            "date the child ceased to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes"),
    fields=("MC_DOB", "DEC"),
    sql="""
        WITH latest AS (
            SELECT CHILD, arg_max_null(DEC, DECOM) AS DEC FROM ssda903_episodes GROUP BY CHILD)
        SELECT h._row FROM ssda903_header h
        LEFT JOIN latest l ON l.CHILD = h.CHILD
        WHERE h.MC_DOB > collection_end() OR h.MC_DOB > l.DEC
    """,
    note="The latest episode is the one that started last; while it is open only the end of "
         "the year applies (the community validator uses the latest DEC instead).",
)
