from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="621",
    message="Mother’s field has been completed but date of birth shows that the mother is "
            "younger than her child.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("DOB", "MC_DOB"),
    sql="SELECT _row FROM ssda903_header WHERE MC_DOB <= DOB",
    note="A child born on the mother's own date of birth is flagged: DfE requires MC_DOB > DOB.",
)
