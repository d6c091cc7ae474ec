from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2886Q",
    message=(
        "Please check and either amend or provide a reason: Percentage of children with no sex "
        "recorded is more than 2% (excluding unborns)"
    ),
    severity=Severity.QUERY,
    tables=("cin_header", "cin_child"),
    fields=("Sex", "ExpectedPersonBirthDate"),
    sql="""
        WITH born AS (
            SELECT count(*) AS children,
                   count(*) FILTER (WHERE ExpectedPersonBirthDate IS NULL
                                    AND (Sex IS NULL OR Sex IN ('U', '0'))) AS no_sex
            FROM cin_child
        )
        SELECT h._row FROM cin_header h, born WHERE born.no_sex > 0.02 * born.children
    """,
    note=(
        "A return-level check, reported on the header: children with no expected date of birth "
        "whose sex is blank or unknown (U; 0 before 2024/25) against all children, as DfE's rule "
        "divides by the total number of child records."
    ),
)
