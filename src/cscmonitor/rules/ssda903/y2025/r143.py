from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="143",
    message="The reason for new episode code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE RNE IS NULL OR NOT valid_code('ssda903.reason_new_episode', RNE)
    """,
)
