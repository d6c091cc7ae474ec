from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="542",
    message="A child aged under 10 at 31 March should not have conviction information "
            "completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=("CONVICTED",),
    sql="""
        SELECT _row FROM ssda903_oc2
        WHERE CONVICTED IS NOT NULL AND age_on(DOB, collection_end()) < 10
    """,
)
