from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="437",
    message="Reason episode ceased is child has died or is aged 18 or over but there are "
            "further episodes.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REC",),
    sql="""
        SELECT _row FROM ssda903_episodes WHERE DECOM IS NOT NULL
        QUALIFY REC IN ('E2', 'E15')
            AND lead(_row) OVER (PARTITION BY CHILD ORDER BY DECOM, _row) IS NOT NULL
    """,
    note="Died is E2; aged 18 or over is E15 (age assessment).",
)
