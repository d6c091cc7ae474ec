from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="131",
    message="Data entry for being in touch after leaving care is invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("IN_TOUCH",),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE IN_TOUCH IS NOT NULL
          AND NOT valid_code('ssda903.in_touch', IN_TOUCH)
    """,
    note="A blank IN_TOUCH is rule 153's concern; this rule checks a given code.",
)
