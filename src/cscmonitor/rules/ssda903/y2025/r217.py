from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="217",
    message="Children who are placed for adoption with current foster carers (placement types A3 "
            "or A5) must have a reason for new episode of S, T or U.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "PLACE", "RNE"),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IN ('A3', 'A5') AND DECOM >= DATE '2015-04-01'
          AND (RNE IS NULL OR RNE NOT IN ('S', 'T', 'U'))
    """,
    note="Applies to episodes starting on or after 1 April 2015, when the rule was introduced.",
)
