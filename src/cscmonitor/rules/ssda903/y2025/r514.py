from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="514",
    message="Data entry on the legal status of adopters shows a single adopter but data entry "
            "for the numbers of adopters shows it as a couple.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE LS_ADOPTR = 'L0' AND SEX_ADOPTR IN ('MM', 'FF', 'MF')
    """,
)
