from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="208",
    message="Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number "
            "(UPN) already recorded for this child.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_header_last"),
    fields=("UPN",),
    sql="""
        WITH pair AS (
            SELECT h._row, upper(h.UPN) AS now, upper(l.UPN) AS before
            FROM ssda903_header h
            JOIN ssda903_header_last l ON l.CHILD = h.CHILD
        )
        SELECT _row FROM pair
        WHERE now IS DISTINCT FROM before
          AND NOT (coalesce(before, 'UN1') = 'UN1' AND now IN ('UN2', 'UN3', 'UN4', 'UN5'))
          AND NOT (coalesce(before, 'UN1') IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5')
                   AND now NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5'))
    """,
    note="Allowed changes, as DfE lists them: from blank or UN1 to another unknown code (UN2-UN5), "
         "and from blank or any unknown code to a real UPN.",
)
