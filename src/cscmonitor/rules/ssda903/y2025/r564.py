from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="564",
    message="Child was missing or away from placement without authorisation and the date "
            "started is blank.",
    severity=Severity.ERROR,
    tables=("ssda903_missing",),
    fields=("MISSING", "MIS_START"),
    sql="""
        SELECT _row FROM ssda903_missing
        WHERE MISSING IS NOT NULL AND MIS_START IS NULL
          AND NOT invalid_read('ssda903_missing', 'MIS_START', _row)
    """,
    note="An unreadable start date is not blank: the invalid-date rule reports it.",
)
