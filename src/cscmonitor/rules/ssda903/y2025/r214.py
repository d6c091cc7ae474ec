from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="214",
    message="Placement location information not required.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PL_POST", "URN"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE LS IN ('V3', 'V4') AND (PL_POST IS NOT NULL OR URN IS NOT NULL)
    """,
)
