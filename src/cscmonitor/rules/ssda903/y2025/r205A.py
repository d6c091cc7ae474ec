from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="205A",
    message="Child identified as UASC last year is no longer UASC this year, but date UASC "
            "ceased in both years does not support this.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_uasc", "ssda903_uasc_last"),
    fields=("CHILD", "DUC"),
    sql="""
        SELECT h._row FROM ssda903_header h
        JOIN ssda903_uasc_last l ON l.CHILD = h.CHILD
        WHERE h.CHILD NOT IN (SELECT CHILD FROM ssda903_uasc WHERE CHILD IS NOT NULL)
          AND (l.DUC IS NULL
               OR l.DUC NOT BETWEEN make_date(collection_year() - 2, 4, 1)
                                AND make_date(collection_year() - 1, 3, 31))
    """,
    note="A CSV set has no UASC flag: DfE derives it from the UASC file, so a child is UASC "
         "in a year when that year's UASC file lists them. A child in last year's UASC file, "
         "in this year's return but not in its UASC file, must have a date UASC ceased last "
         "year within last year (1 April to 31 March); the child's header row is flagged. "
         "The community validator's other condition, a date ceased this year, cannot arise "
         "without a UASC record this year.",
)
