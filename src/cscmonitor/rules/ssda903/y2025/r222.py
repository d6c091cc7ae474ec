from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="222",
    message="Ofsted Unique reference number (URN) should not be recorded for this placement type.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("URN",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE PLACE IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1')
          AND URN IS NOT NULL AND upper(URN) <> 'XXXXXXX'
    """,
    note="XXXXXXX (a placement without a URN) is accepted for these placement types.",
)
