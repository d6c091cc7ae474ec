from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="520",
    message="Data entry on the legal status of adopters shows different gender married couple "
            "but data entry on genders of adopters shows it as a same gender couple.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE LS_ADOPTR = 'L11' AND SEX_ADOPTR IN ('MM', 'FF')
    """,
)
