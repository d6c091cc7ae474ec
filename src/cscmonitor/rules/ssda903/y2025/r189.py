from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="189",
    message="Child is aged 17 years or over at the beginning of the year, but an Strengths and "
            "Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score "
            "has been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("DOB", "SDQ_SCORE", "SDQ_REASON"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE age_on(DOB, collection_start()) >= 17
          AND (SDQ_SCORE IS NOT NULL OR SDQ_REASON IS NOT NULL)
    """,
    note="Age is taken on 1 April, the start of the year.",
)
