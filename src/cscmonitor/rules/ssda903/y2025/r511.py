from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="511",
    message="If reporting that the number of person(s) adopting the looked after child is two "
            "adopters then the code should only be MM, FF or MF. MM = the adopting couple are "
            "both males; FF = the adopting couple are both females; MF = The adopting couple "
            "are male and female.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("NB_ADOPTR", "SEX_ADOPTR"),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE NB_ADOPTR = 2 AND SEX_ADOPTR NOT IN ('MM', 'FF', 'MF')
    """,
)
