from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="196",
    message="Strengths and Difficulties (SDQ) reason is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SDQ_REASON",),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_REASON IS NOT NULL
          AND NOT valid_code('ssda903.sdq_reason', SDQ_REASON)
    """,
)
