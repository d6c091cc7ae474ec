from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="378",
    message="A child who is placed with parent(s) cannot be looked after under a single period "
            "of accommodation under Section 20 of the Children Act 1989.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("PLACE", "LS"),
    sql="SELECT _row FROM ssda903_episodes WHERE PLACE = 'P1' AND LS = 'V2'",
)
