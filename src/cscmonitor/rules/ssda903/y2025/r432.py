from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="432",
    message="The child ceased to be looked after at the end of the previous episode but the "
            "reason for the new episode is not started to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "REC"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours o ON o._row = e._row
        JOIN ssda903_episodes p ON p._row = o.previous_row
        WHERE p.REC <> 'X1' AND valid_code('ssda903.reason_episode_ceased', p.REC)
          AND e.RNE IS DISTINCT FROM 'S'
    """,
    note="Any valid reason episode ceased other than X1 ends the period of care. A code that "
         "is not valid (rule 149's finding) does not say the child ceased to be looked after, "
         "so it is not read as an end of care.",
)
