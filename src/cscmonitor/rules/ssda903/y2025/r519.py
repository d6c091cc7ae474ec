from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="519",
    message="Data entered on the legal status of adopters shows civil partnership couple, but "
            "data entered on genders of adopters does not show it as a couple.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE LS_ADOPTR = 'L2' AND SEX_ADOPTR NOT IN ('MM', 'FF', 'MF')
    """,
)
