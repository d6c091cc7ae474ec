from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8940",
    message="Child Protection Plan data contains overlapping dates",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("CPPstartDate", "CPPendDate"),
    sql="""
        SELECT DISTINCT p._row FROM cin_cpp p
        JOIN cin_cpp o ON o.LAchildID = p.LAchildID AND o._row <> p._row
        WHERE p.CPPstartDate >= o.CPPstartDate
          AND p.CPPstartDate <= coalesce(o.CPPendDate, collection_end())
    """,
    note=(
        "DfE: no plan's start date may fall within another plan of the child, from its start to "
        "its end date (or the reference date while open), both days included, as the community "
        "validator reads it; plans starting the same day are both flagged."
    ),
)
