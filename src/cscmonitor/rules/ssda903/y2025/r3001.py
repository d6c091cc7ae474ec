from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="3001",
    message="Where care leavers information is being returned for a young person around their 17th "
            "birthday, the accommodation cannot be with their former foster carer(s).",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_header"),
    fields=("ACCOM",),
    sql="""
        SELECT o._row FROM ssda903_oc3 o
        JOIN ssda903_header h ON h.CHILD = o.CHILD
        WHERE o.ACCOM IN ('Z1', 'Z2')
          AND h.DOB + INTERVAL 17 YEAR BETWEEN collection_start() AND collection_end()
    """,
    note="The catalogue names REC as the affected field; the accommodation (ACCOM) is what is "
         "checked. 'Around their 17th birthday' is a 17th birthday within the year.",
)
