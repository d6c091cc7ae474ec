from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8905",
    message=(
        "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN "
        "Census code set)"
    ),
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("InitialCategoryOfAbuse",),
    sql="""
        SELECT _row FROM cin_cpp
        WHERE InitialCategoryOfAbuse IS NULL
           OR NOT valid_code('cin.category_of_abuse', InitialCategoryOfAbuse)
    """,
)
