from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="144",
    message="The legal status code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("LS",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE LS IS NULL OR NOT valid_code('ssda903.legal_status', LS)
    """,
)
