from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8750",
    message="Sex must equal U for an unborn child",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("Sex", "PersonBirthDate", "ExpectedPersonBirthDate"),
    sql="""
        SELECT _row FROM cin_child
        WHERE PersonBirthDate IS NULL AND ExpectedPersonBirthDate IS NOT NULL
          AND Sex IS DISTINCT FROM CASE WHEN collection_year() < 2025 THEN '0' ELSE 'U' END
    """,
    note=(
        "An unborn child is one with an expected date of birth and no date of birth. Before "
        "2024/25 the unborn code was GenderCurrent 0."
    ),
)
