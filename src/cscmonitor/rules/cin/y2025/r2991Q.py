from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2991Q",
    message=(
        "Please check and either amend data or provide a reason: A Section 47 module is recorded "
        "and there is no assessment on the episode"
    ),
    severity=Severity.QUERY,
    tables=("cin_episode", "cin_section47", "cin_assessment"),
    fields=("CINdetailsID",),
    sql="""
        SELECT e._row FROM cin_episode e
        WHERE EXISTS (SELECT 1 FROM cin_section47 s
                      WHERE s.LAchildID = e.LAchildID AND s.CINdetailsID = e.CINdetailsID)
          AND NOT EXISTS (SELECT 1 FROM cin_assessment a
                          WHERE a.LAchildID = e.LAchildID AND a.CINdetailsID = e.CINdetailsID)
    """,
)
