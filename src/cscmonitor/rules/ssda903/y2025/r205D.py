from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="205D",
    message="Child identified as UASC this year but not identified as UASC status provided for "
            "the child last year.",
    severity=Severity.ERROR,
    tables=("ssda903_uasc", "ssda903_header_last", "ssda903_uasc_last"),
    fields=("CHILD",),
    sql="""
        SELECT u._row FROM ssda903_uasc u
        WHERE u.CHILD IN (SELECT CHILD FROM ssda903_header_last)
          AND u.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc_last WHERE CHILD IS NOT NULL)
    """,
    note="UASC in a year means listed in that year's UASC file (a CSV set has no UASC flag). "
         "A child in this year's UASC file who was in last year's return but not in its UASC "
         "file is flagged (this year's UASC record); a child new to the return is not.",
)
