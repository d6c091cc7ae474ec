from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="612",
    message="Date of birth field has been completed but mother field indicates child is not a "
            "mother.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("MC_DOB", "MOTHER", "SEX"),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE MC_DOB IS NOT NULL AND MOTHER IS DISTINCT FROM '1'
    """,
    note="DfE requires MOTHER to be 1 whenever MC_DOB is given, so a blank MOTHER is flagged as "
         "well as 0.",
)
