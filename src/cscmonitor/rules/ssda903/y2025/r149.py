from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="149",
    message="Reason episode ceased code is not valid.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("REC",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE REC IS NOT NULL
          AND NOT valid_code('ssda903.reason_episode_ceased', REC)
    """,
    note="A blank REC is rule 148's concern; E43 and E44 are retired.",
)
