from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="148",
    message="Date episode ceased and reason episode ceased must both be coded, or both left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC", "REC"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE (DEC IS NULL AND NOT invalid_read('ssda903_episodes', 'DEC', _row)) <> (REC IS NULL)
    """,
    note="An unreadable DEC counts as given (rule 147 reports it).",
)
