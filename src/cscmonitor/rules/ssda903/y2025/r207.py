from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="207",
    message="Mother status for the current year disagrees with the mother status already recorded "
            "for this child.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last", "ssda903_episodes"),
    fields=("MOTHER",),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        WHERE l.MOTHER = '1' AND h.MOTHER IS DISTINCT FROM '1'
          AND h.CHILD IN (SELECT CHILD FROM ssda903_episodes)
    """,
    note="A child recorded as a mother last year must still be one, if she has episodes this year; "
         "a change from 0 to 1 is allowed.",
)
