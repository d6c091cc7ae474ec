from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8870Q",
    message=(
        "Please check and either amend or provide a reason: The Target Date for Initial Child "
        "Protection Conference should not be a weekend"
    ),
    severity=Severity.QUERY,
    tables=("cin_section47",),
    fields=("InitialCPCtarget",),
    sql="""
        SELECT _row FROM cin_section47 WHERE isodow(InitialCPCtarget) IN (6, 7)
    """,
)
