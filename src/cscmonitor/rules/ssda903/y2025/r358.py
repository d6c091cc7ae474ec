from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="358",
    message="Child with this legal status should not be under 10.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_header"),
    fields=("DECOM", "DOB", "LS"),
    sql="""
        SELECT e._row FROM ssda903_episodes e JOIN ssda903_header h ON h.CHILD = e.CHILD
        WHERE e.LS IN ('J1', 'J2', 'J3') AND age_on(h.DOB, e.DECOM) < 10
    """,
    note="Follows DfE (DOB at least 10 years before DECOM): an episode starting on the 10th "
         "birthday passes, where the community validator flags it.",
)
