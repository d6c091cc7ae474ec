from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8875",
    message="The Date of Initial Child Protection Conference cannot be a weekend",
    severity=Severity.ERROR,
    tables=("cin_section47", "cin_episode"),
    fields=("DateOfInitialCPC",),
    sql="""
        SELECT 'cin_section47' AS table_name, _row FROM cin_section47
        WHERE isodow(DateOfInitialCPC) IN (6, 7)
        UNION ALL
        SELECT 'cin_episode' AS table_name, _row FROM cin_episode
        WHERE isodow(DateOfInitialCPC) IN (6, 7)
    """,
    note=(
        "The data item DateOfInitialCPC (N00110) is on both the section 47 and the CIN details "
        "modules; both are checked."
    ),
)
