from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="157",
    message="Child is aged 4 years or over at the beginning of the year or 16 years or under at "
            "the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been "
            "recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("DOB", "SDQ_REASON"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_REASON = 'SDQ1'
          AND age_on(DOB, collection_start()) >= 4 AND age_on(DOB, collection_end()) <= 16
          AND CHILD IN (SELECT CHILD FROM ssda903_looked_after_12_months)
    """,
    note="SDQ1 means 'under 4 or over 16', so it is wrong for a child aged 4 or over on 1 April "
         "and 16 or under on 31 March (both conditions, though DfE's message says 'or'), among "
         "children looked after for 12 months.",
)
