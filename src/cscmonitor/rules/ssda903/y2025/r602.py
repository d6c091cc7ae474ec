from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="602",
    message="The episode data submitted for this child does not show that he/she was adopted "
            "during the year.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_episodes"),
    fields=("CHILD",),
    sql="""
        SELECT a._row FROM ssda903_ad1 a
        WHERE NOT EXISTS (
            SELECT 1 FROM ssda903_episodes e
            WHERE e.CHILD = a.CHILD AND e.REC IN ('E11', 'E12')
              AND e.DEC BETWEEN collection_start() AND collection_end())
    """,
)
