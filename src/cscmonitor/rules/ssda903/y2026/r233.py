from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="233",
    message="Reason for placement change is not required when the episode has not ceased.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REASON_PLACE_CHANGE", "DEC"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE DEC IS NULL AND REASON_PLACE_CHANGE IS NOT NULL
          AND NOT invalid_read('ssda903_episodes', 'DEC', _row)
    """,
    note="An episode whose end date could not be read is left to the date rules.",
)
