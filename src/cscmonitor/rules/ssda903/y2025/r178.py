from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="178",
    message="Placement provider code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE_PROVIDER",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE_PROVIDER IS NOT NULL
          AND NOT valid_code('ssda903.placement_provider', PLACE_PROVIDER)
    """,
    note="Checks a given code only; a provider given for a temporary placement is rule 213's "
         "concern (the community validator reports it here too).",
)
