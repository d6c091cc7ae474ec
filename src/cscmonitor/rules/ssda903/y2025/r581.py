from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="581",
    message="Child is missing but has not yet started to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_missing", "ssda903_episodes"),
    fields=("MIS_START",),
    sql="""
        WITH first AS (
            SELECT CHILD, min(DECOM) AS started FROM ssda903_episodes GROUP BY CHILD
        )
        SELECT m._row FROM ssda903_missing m
        JOIN first f ON f.CHILD = m.CHILD
        WHERE m.MIS_START < f.started
    """,
    note="Compared with the child's earliest episode in this year's return.",
)
