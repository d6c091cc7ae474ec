from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="177",
    message="The legal status of adopter(s) code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("LS_ADOPTR",),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE LS_ADOPTR IS NOT NULL
          AND NOT valid_code('ssda903.legal_status_of_adopters', LS_ADOPTR)
    """,
    note="A blank LS_ADOPTR is rule 151's concern; this rule checks a given code.",
)
