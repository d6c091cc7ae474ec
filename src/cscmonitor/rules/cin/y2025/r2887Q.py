from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2887Q",
    message=(
        "Please check and either amend or provide a reason: Less than 8 disability codes have been "
        "used in your return"
    ),
    severity=Severity.QUERY,
    tables=("cin_header", "cin_disability"),
    fields=("Disability",),
    sql="""
        SELECT h._row FROM cin_header h
        WHERE (SELECT count(DISTINCT Disability) FROM cin_disability
               WHERE Disability <> 'NONE' AND valid_code('cin.disability', Disability)) < 8
    """,
    note=(
        "A return-level check, reported on the header: the distinct disability codes used, "
        "excluding NONE."
    ),
)
