from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="132",
    message="Data entry for activity after leaving care is invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("ACTIV",),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE ACTIV IS NOT NULL
          AND NOT valid_code('ssda903.activity', ACTIV)
    """,
    note="A blank ACTIV is rule 153's concern; this rule checks a given code. F3 and P3 were "
         "retired in 2021/22.",
)
