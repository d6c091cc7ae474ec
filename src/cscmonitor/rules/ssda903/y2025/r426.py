from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="426",
    message="A child receiving respite care cannot be recorded under a legal status of V3 and "
            "V4 in the same year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("LS",),
    sql="""
        SELECT _row FROM ssda903_episodes WHERE LS IN ('V3', 'V4')
        QUALIFY count(DISTINCT LS) OVER (PARTITION BY CHILD) = 2
    """,
)
