from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="176",
    message="The gender of adopter(s) at the date of adoption code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("SEX_ADOPTR",),
    sql="""
        SELECT _row FROM ssda903_ad1
        WHERE SEX_ADOPTR IS NOT NULL
          AND NOT valid_code('ssda903.sex_of_adopters', SEX_ADOPTR)
    """,
    note="A blank SEX_ADOPTR is rule 151's concern; this rule checks a given code.",
)
