from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="635",
    message="There are entries for date of order and local authority code where previous "
            "permanence option was arranged but previous permanence code is Z1",
    severity=Severity.ERROR,
    tables=("ssda903_previous_permanence",),
    fields=("PREV_PERM", "LA_PERM", "DATE_PERM"),
    sql="""
        SELECT _row FROM ssda903_previous_permanence
        WHERE PREV_PERM = 'Z1'
          AND (LA_PERM IS NOT NULL OR DATE_PERM IS NOT NULL
               OR invalid_read('ssda903_previous_permanence', 'DATE_PERM', _row))
    """,
    note="Either entry is enough: DfE requires both to be blank when PREV_PERM is Z1.",
)
