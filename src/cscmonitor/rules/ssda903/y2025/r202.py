from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="202",
    message="The gender code conflicts with the gender already recorded for this child.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("SEX",),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE h.SEX IS DISTINCT FROM
              CASE l.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE l.SEX END
          AND h.SEX IS DISTINCT FROM l.SEX
    """,
    note="From 2024/25 sex is coded M/F/U where it was 1/2; last year's 1 and 2 are compared "
         "as M and F, so the recoding alone is no conflict.",
)
