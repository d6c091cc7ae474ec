from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2888Q",
    message=(
        "Please check and either amend or provide a reason: Only one disability code is recorded "
        "per child and multiple disabilities should be recorded where possible."
    ),
    severity=Severity.QUERY,
    tables=("cin_header", "cin_disability"),
    fields=("Disability",),
    sql="""
        WITH per_child AS (
            SELECT LAchildID, count(DISTINCT Disability) AS codes FROM cin_disability
            WHERE Disability IS NOT NULL AND Disability <> 'NONE'
            GROUP BY LAchildID
        )
        SELECT h._row FROM cin_header h
        WHERE (SELECT max(codes) FROM per_child) = 1
    """,
    note=(
        "A return-level check, reported on the header, when children with a disability exist and "
        "none has more than one code (NONE excluded). The community validator keeps only NONE "
        "rows, against DfE's wording."
    ),
)
