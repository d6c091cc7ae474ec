from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="524",
    message="If reporting legal status of adopters is L12 then the genders of adopters should "
            "be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting "
            "couple are both females",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE LS_ADOPTR = 'L12' AND SEX_ADOPTR NOT IN ('MM', 'FF')
    """,
)
