from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="631",
    message="Previous permanence option not a valid value.",
    severity=Severity.ERROR,
    tables=("ssda903_previous_permanence",),
    fields=("PREV_PERM",),
    sql="""
        SELECT _row FROM ssda903_previous_permanence
        WHERE PREV_PERM IS NOT NULL AND NOT valid_code('ssda903.previous_permanence', PREV_PERM)
    """,
    note="A blank PREV_PERM is rule 630's finding (information should be returned), not this "
         "one's.",
)
