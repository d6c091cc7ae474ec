from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="366",
    message="A child cannot change placement during the course of an individual short-term "
            "respite break.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "LS"),
    sql="SELECT _row FROM ssda903_episodes WHERE LS = 'V3' AND RNE IS DISTINCT FROM 'S'",
    note="Each V3 break is its own period of care, so every V3 episode must start with RNE S.",
)
