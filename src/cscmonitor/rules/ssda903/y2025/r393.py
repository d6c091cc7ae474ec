from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="393",
    message="Child is looked after but mother field is not completed.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes"),
    fields=("MOTHER", "SEX", "LS"),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE h.SEX IN ('2', 'F') AND h.MOTHER IS NULL
          AND h.CHILD IN (SELECT CHILD FROM ssda903_episodes WHERE LS NOT IN ('V3', 'V4'))
    """,
    note="MOTHER is asked of girls (sex 2 to 2023/24, F from 2024/25) looked after other than "
         "under a short-break legal status (V3, V4).",
)
