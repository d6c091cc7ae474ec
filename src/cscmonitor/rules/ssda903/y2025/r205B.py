from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="205B",
    message="Child previously identified as UASC is also UASC this year, but date UASC ceased "
            "in both years does not support this.",
    severity=Severity.ERROR,
    tables=("ssda903_uasc", "ssda903_uasc_last"),
    fields=("DUC", "DOB"),
    sql="""
        SELECT u._row FROM ssda903_uasc u
        JOIN ssda903_uasc_last l ON l.CHILD = u.CHILD
        WHERE CASE
            WHEN l.DUC IS NULL
                THEN u.DUC NOT BETWEEN collection_start() AND collection_end()
            ELSE NOT (age_on(l.DOB, l.DUC) = 18 AND age_on(l.DOB, l.DUC - 1) = 17)
                 OR u.DUC IS NULL
                 OR (u.DUC <> l.DUC
                     AND u.DUC NOT BETWEEN collection_start() AND collection_end())
        END
    """,
    note="UASC in a year means listed in that year's UASC file (a CSV set has no UASC flag). "
         "As DfE's coding is quoted by the community validator, a date ceased last year must "
         "be the 18th birthday (a former UASC stays UASC), and this year's date must be that "
         "same date or fall within this year. Where last year's date is blank the child was "
         "still UASC, so a blank date this year, or one within this year, passes: the "
         "community validator flags every such child, which the message does not support. A "
         "child born on 29 February turns 18 on 1 March in a non-leap year.",
)
