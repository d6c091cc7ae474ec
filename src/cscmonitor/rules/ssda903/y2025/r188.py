from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="188",
    message="Child is aged under 4 years at the end of the year, but a Strengths and Difficulties "
            "(SDQ) score or a reason for no SDQ score has been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("SDQ_SCORE", "SDQ_REASON"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE age_on(DOB, collection_end()) < 4
          AND (SDQ_SCORE IS NOT NULL OR SDQ_REASON IS NOT NULL)
    """,
    note="Age is taken on 31 March, the end of the year.",
)
