from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1009",
    message="Reason for placement change is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REASON_PLACE_CHANGE",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE REASON_PLACE_CHANGE IS NOT NULL
          AND NOT valid_code('ssda903.reason_place_change', REASON_PLACE_CHANGE)
    """,
    note="Only a completed code is checked here; a blank one is allowed by this rule.",
)
