from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="4180",
    message="Sex must be provided and equal M, F, or U",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("Sex",),
    sql="""
        SELECT _row FROM cin_child
        WHERE Sex IS NULL OR NOT valid_code('cin.sex', Sex)
    """,
    note=(
        "The codes valid in the return's year: M, F or U from 2024/25 (GenderCurrent 0, 1, 2, 9 "
        "before)."
    ),
)
