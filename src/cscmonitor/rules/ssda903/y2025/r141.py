from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="141",
    message="Date episode began is not a valid date.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE DECOM IS NULL OR invalid_read('ssda903_episodes', 'DECOM', _row)
    """,
    note="DECOM is mandatory, so a blank one is as invalid as an unreadable one.",
)
