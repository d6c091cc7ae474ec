from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="398",
    message="Distance field completed but child looked after under legal status V3 or V4.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("LS", "HOME_POST", "PL_POST"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE LS IN ('V3', 'V4') AND (HOME_POST IS NOT NULL OR PL_POST IS NOT NULL)
    """,
    note="The distance is derived from the two postcodes, so either postcode completed for a "
         "short-break episode is flagged.",
)
