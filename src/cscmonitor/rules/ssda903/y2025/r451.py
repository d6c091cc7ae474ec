from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="451",
    message="Child is still freed for adoption, but freeing orders could not be applied for "
            "since 30 December 2005.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DEC", "REC", "LS"),
    sql="SELECT _row FROM ssda903_episodes WHERE LS = 'D1' AND DEC IS NULL AND REC IS NULL",
    note="An open episode (no DEC, no REC) under a freeing order is still freed for adoption.",
)
