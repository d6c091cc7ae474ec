from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="197a",
    message="Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and "
            "Difficulties Questionnaire score is filled in.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SDQ_SCORE", "SDQ_REASON"),
    sql="""
        SELECT _row FROM ssda903_oc2 WHERE SDQ_SCORE IS NOT NULL AND SDQ_REASON IS NOT NULL
    """,
)
