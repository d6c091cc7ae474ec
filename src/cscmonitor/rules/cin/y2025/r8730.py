from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8730",
    message="Total Number of previous Child Protection Plans missing",
    severity=Severity.ERROR,
    tables=("cin_cpp",),
    fields=("NumberOfPreviousCPP",),
    sql="""
        SELECT _row FROM cin_cpp WHERE NumberOfPreviousCPP IS NULL
    """,
    note="A value the reader could not read as a number is stored empty and counts as missing.",
)
