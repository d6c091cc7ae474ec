from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="231",
    message="We expect that unaccompanied asylum seeking children are generally older young "
            "people. Please check the date of birth is correct. If the date of birth is correct "
            "then please provide details in a bypass request.",
    severity=Severity.QUERY,
    tables=("ssda903_header", "ssda903_uasc"),
    fields=("DOB",),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE h.CHILD IN (SELECT CHILD FROM ssda903_uasc)
          AND age_on(h.DOB, collection_end()) < 11
    """,
    note="DfE's UASC_STATUS is the header's UASC flag, which DfE derives from the UASC data: a "
         "child listed in the return's UASC table is UASC. The child is flagged when under 11 "
         "on 31 March (born less than 11 years before it); 11 on 31 March itself is not "
         "flagged. A query by cscmonitor's reading of the message (\"we expect\", \"please "
         "check\").",
)
