from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="347",
    message="Care leavers aged under 18 years, can not be accommodated in a Foyer.",
    severity=Severity.ERROR,
    tables=("ssda903_oc3",),
    fields=("ACCOM", "DOB"),
    sql="""
        SELECT _row FROM ssda903_oc3
        WHERE ACCOM IN ('T1', 'T2') AND age_on(DOB, collection_start()) < 18
    """,
    note="Follows DfE's check: accommodation T (foyer) needs the young person aged 18 or over "
         "at the start of the year. The community validator compares ACCOM with 'T', which "
         "no real code equals.",
)
