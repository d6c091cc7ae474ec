from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="517",
    message="If reporting legal status of adopters is L3 then the genders of adopters should be "
            "coded as MF. MF = the adopting couple are male and female.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE LS_ADOPTR = 'L3' AND SEX_ADOPTR <> 'MF'
    """,
)
