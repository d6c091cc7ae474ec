from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="133",
    message="Data entry for accommodation after leaving care is invalid. If reporting on a childs "
            "accommodation after leaving care the data entry must be valid",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("ACCOM",),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE ACCOM IS NOT NULL
          AND NOT valid_code('ssda903.accommodation', ACCOM)
    """,
    note="A blank ACCOM is rule 153's concern; this rule checks a given code.",
)
