from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="103",
    message="The ethnicity code is either not valid or has not been entered.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("ETHNIC",),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE ETHNIC IS NULL OR NOT valid_code('ssda903.ethnic', ETHNIC)
    """,
)
