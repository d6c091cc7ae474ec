from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="CSM-EPI",
    message="This child has no episodes of care in the return and is not a care leaver in OC3: "
            "most of the child's records cannot be checked until episodes are loaded.",
    severity=Severity.QUERY,
    tables=("ssda903_header", "ssda903_episodes", "ssda903_oc3"),
    fields=("CHILD",),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE h.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes WHERE CHILD IS NOT NULL)
          AND h.CHILD NOT IN (SELECT CHILD FROM ssda903_oc3 WHERE CHILD IS NOT NULL)
    """,
    note="The community validator's EPI warning: care leavers (OC3) legitimately have no "
         "episodes, so only other children are flagged.",
)
