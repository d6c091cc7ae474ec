from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="147",
    message="Date episode ceased is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC",),
    sql="""
        SELECT _row FROM ssda903_episodes WHERE invalid_read('ssda903_episodes', 'DEC', _row)
    """,
    note="DEC is blank while an episode is open; only an unreadable date is flagged.",
)
