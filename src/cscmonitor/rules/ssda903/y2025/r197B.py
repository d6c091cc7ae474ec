from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="197B",
    message="SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("DOB", "SDQ_REASON"),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_SCORE IS NULL AND SDQ_REASON IS NULL
          AND NOT invalid_read('ssda903_oc2', 'SDQ_SCORE', _row)
          AND (DOB + INTERVAL 4 YEAR BETWEEN collection_start() AND collection_end()
               OR (DOB + INTERVAL 17 YEAR > collection_start()
                   AND DOB + INTERVAL 17 YEAR <= collection_end()))
          AND CHILD IN (SELECT CHILD FROM ssda903_looked_after_12_months)
    """,
    note="A 4- or 17-year-old is a child whose 4th or 17th birthday falls in the year (1 April to "
         "31 March), except a 17th birthday on 1 April itself: that child is 17 at the start of "
         "the year, when rule 189 forbids an SDQ score or reason.",
)
