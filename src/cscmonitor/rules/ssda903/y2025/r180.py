from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="180",
    message="Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SDQ_SCORE",),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_SCORE NOT BETWEEN 0 AND 40 OR invalid_read('ssda903_oc2', 'SDQ_SCORE', _row)
    """,
    note="A given score must be a whole number from 0 to 40; a blank one is allowed here.",
)
