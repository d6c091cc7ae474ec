from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8790",
    message="Disability information includes both None and other values",
    severity=Severity.ERROR,
    tables=("cin_disability",),
    fields=("Disability",),
    sql="""
        SELECT _row FROM cin_disability
        QUALIFY bool_or(Disability = 'NONE') OVER (PARTITION BY LAchildID)
            AND bool_or(Disability <> 'NONE') OVER (PARTITION BY LAchildID)
    """,
    note="Every disability record of the child is flagged.",
)
