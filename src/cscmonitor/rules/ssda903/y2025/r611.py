from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="611",
    message="Date of birth field is blank, but child is a mother.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("MOTHER", "MC_DOB"),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE MOTHER = '1' AND MC_DOB IS NULL
          AND NOT invalid_read('ssda903_header', 'MC_DOB', _row)
    """,
    note="Only a blank MC_DOB: an unreadable one is reported by the reader, not as blank.",
)
