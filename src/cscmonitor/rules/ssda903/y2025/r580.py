from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="580",
    message="Child is missing when cease being looked after but reason episode ceased not "
            "‘E8’.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_missing"),
    fields=("REC",),
    sql="""
        SELECT DISTINCT e._row FROM ssda903_episodes e
        JOIN ssda903_missing m ON m.CHILD = e.CHILD
        WHERE e.DEC = m.MIS_END
          AND age_on(m.DOB, m.MIS_END) = 18
          AND age_on(m.DOB, CAST(m.MIS_END - INTERVAL 1 DAY AS DATE)) = 17
          AND e.REC IS DISTINCT FROM 'E8'
    """,
    note="Follows DfE's coding: a missing period and an episode that both end on the child's "
         "18th birthday mean the child was missing when care ceased, so the reason must be E8. "
         "Age is counted as everywhere else in cscmonitor (age_on).",
)
