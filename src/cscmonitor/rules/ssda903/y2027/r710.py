from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="710",
    message="Child with a DoLO can not be placed in secure children's homes, with parents, young "
            "offender institutions, or supported accommodation.",
    severity=Severity.ERROR,
    tables=("ssda903_dol", "ssda903_episodes"),
    fields=("DOLO_START", "PLACE"),
    sql="""
        SELECT DISTINCT d._row FROM ssda903_dol d
        JOIN ssda903_episodes e ON e.CHILD = d.CHILD
        WHERE d.DOLO_START <= coalesce(e.DEC, collection_end())
          AND coalesce(d.DOLO_END, collection_end()) >= e.DECOM
          AND e.PLACE IN ('K1', 'P1', 'R5', 'K3')
    """,
    note="Secure children's homes K1, parents P1, young offender institutions R5 and supported "
         "accommodation K3, in any episode overlapping the order (open ones run to 31 March).",
)
