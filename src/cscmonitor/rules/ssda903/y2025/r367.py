from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="367",
    message="The maximum amount of respite care allowable is 75 days in any 12-month period.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "LS"),
    sql="""
        WITH breaks AS (
            SELECT CHILD, _row,
                   least(coalesce(DEC, collection_end()), collection_end())
                   - greatest(DECOM, collection_start()) AS days
            FROM ssda903_episodes WHERE LS = 'V3' AND DECOM IS NOT NULL
        )
        SELECT _row FROM breaks WHERE days > 0
        QUALIFY sum(days) OVER (PARTITION BY CHILD) > 75
    """,
    note="The 12-month period is the collection year: each V3 episode counts its days within "
         "1 April to 31 March, an open one running to 31 March.",
)
