from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="175",
    message="The number of adopter(s) code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("NB_ADOPTR",),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE NB_ADOPTR NOT IN (1, 2) OR invalid_read('ssda903_ad1', 'NB_ADOPTR', _row)
    """,
    note="A blank NB_ADOPTR is rule 151's concern; a given value must be 1 or 2.",
)
