from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="198",
    message="Child has not been looked after continuously for at least 12 months at 31 March but a "
            "reason for no Strengths and Difficulties (SDQ) score has been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("SDQ_REASON",),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_REASON IS NOT NULL
          AND CHILD NOT IN (SELECT CHILD FROM ssda903_looked_after_12_months)
    """,
)
