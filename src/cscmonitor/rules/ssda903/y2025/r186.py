from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="186",
    message="Children aged 4 or over at the start of the year and children aged under 17 at the "
            "end of the year and who have been looked after for at least 12 months continuously "
            "should have a Strengths and Difficulties (SDQ) score completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("SDQ_SCORE",),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_SCORE IS NULL AND SDQ_REASON IS NULL
          AND NOT invalid_read('ssda903_oc2', 'SDQ_SCORE', _row)
          AND age_on(DOB, collection_start()) >= 4 AND age_on(DOB, collection_end()) < 17
          AND CHILD IN (SELECT CHILD FROM ssda903_looked_after_12_months)
    """,
    note="A reason for no score (SDQ_REASON) is accepted in place of the score; the community "
         "validator flags a missing reason even when the score is given, which rule 197a forbids.",
)
