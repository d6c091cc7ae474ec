from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="709",
    message="Child with a DoLO is in an unexpected placement type.",
    severity=Severity.ERROR,
    tables=("ssda903_dol", "ssda903_episodes"),
    fields=("DOLO_START", "PLACE"),
    sql="""
        SELECT DISTINCT d._row FROM ssda903_dol d
        JOIN ssda903_episodes e ON e.CHILD = d.CHILD
        WHERE d.DOLO_START <= coalesce(e.DEC, collection_end())
          AND coalesce(d.DOLO_END, collection_end()) >= e.DECOM
          AND e.PLACE NOT IN ('K2', 'Z12', 'Z13')
    """,
    note="Every episode overlapping the order must be in K2, Z12 or Z13. An open order or "
         "episode runs to 31 March (the community validator skips open orders).",
)
