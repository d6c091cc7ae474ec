from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="707",
    message="Child ceased to be looked after but there is a DoLO without an end date.",
    severity=Severity.ERROR,
    tables=("ssda903_dol", "ssda903_episodes"),
    fields=("DOLO_END",),
    sql="""
        WITH ceased AS (
            SELECT CHILD FROM ssda903_episodes GROUP BY CHILD
            HAVING arg_max_null(DEC, DECOM) IS NOT NULL)
        SELECT d._row FROM ssda903_dol d
        WHERE d.DOLO_END IS NULL AND d.CHILD IN (SELECT CHILD FROM ceased)
    """,
    note="A child has ceased to be looked after when their latest episode has an end date.",
)
