from cscmonitor.rules.rule import Rule, Severity

CLA_NOTE = ("Looked after continuously for 12 months means an episode open on 1 April and at "
            "31 March, with no new period of care, no care ending and no short breaks (V3, V4) "
            "in between.")

RULE = Rule(
    code="543",
    message="Child is aged 10 or over at 31 March and has been looked after continuously for 12 "
            "months yet conviction information has not been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("CONVICTED", "DOB"),
    sql="""
        SELECT o._row FROM ssda903_oc2 o
        JOIN ssda903_continuously_looked_after c ON c.CHILD = o.CHILD
        WHERE o.CONVICTED IS NULL AND age_on(o.DOB, collection_end()) >= 10
    """,
    note=CLA_NOTE,
)
