from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="432",
    message="The child ceased to be looked after at the end of the previous episode but the "
            "reason for the new episode is not started to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "REC"),
    sql="""
        SELECT _row FROM (
            SELECT _row, RNE,
                   lag(REC) OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS previous_reason
            FROM ssda903_episodes
        )
        WHERE previous_reason IS NOT NULL AND previous_reason <> 'X1'
          AND RNE IS DISTINCT FROM 'S'
    """,
    note="Any reason episode ceased other than X1 ends the period of care.",
)
