from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="146",
    message="Placement type code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IS NULL OR NOT valid_code('ssda903.placement_type', PLACE)
    """,
    note="K3 is valid from 2024/25; H5 and P2 are retired.",
)
