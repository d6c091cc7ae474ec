from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="700",
    message="The start date of the DoLO is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_dol",),
    fields=("DOLO_START",),
    sql="""
        SELECT _row FROM ssda903_dol
        WHERE DOLO_START IS NULL OR invalid_read('ssda903_dol', 'DOLO_START', _row)
    """,
    note="A blank start is invalid too: every DoLO record needs its start date.",
)
