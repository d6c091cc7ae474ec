from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8715",
    message="Date of Initial Child Protection Conference must fall within the census year",
    severity=Severity.ERROR,
    tables=("cin_section47", "cin_episode"),
    fields=("DateOfInitialCPC",),
    sql="""
        SELECT 'cin_section47' AS table_name, _row FROM cin_section47
        WHERE DateOfInitialCPC NOT BETWEEN collection_start() AND collection_end()
        UNION ALL
        SELECT 'cin_episode' AS table_name, _row FROM cin_episode
        WHERE DateOfInitialCPC NOT BETWEEN collection_start() AND collection_end()
    """,
    note=(
        "DfE's rule is on the data item DateOfInitialCPC (N00110), which the section 47 and the "
        "CIN details modules both carry; both are checked."
    ),
)
