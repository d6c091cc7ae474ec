from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="442",
    message="Unique Pupil Number (UPN) field is not completed.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes"),
    fields=("UPN", "LS"),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE h.UPN IS NULL
          AND h.CHILD IN (SELECT CHILD FROM ssda903_episodes
                          WHERE LS IS NULL OR LS NOT IN ('V3', 'V4'))
    """,
    note="A child with any episode other than a short break (V3, V4) needs a UPN or a UN code.",
)
