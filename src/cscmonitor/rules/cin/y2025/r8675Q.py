from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8675Q",
    message=(
        "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 "
        "working days before the end of the census year. However, there is no date of Initial "
        "Child Protection Conference."
    ),
    severity=Severity.QUERY,
    tables=("cin_section47",),
    fields=("DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired"),
    sql="""
        SELECT _row FROM cin_section47
        WHERE DateOfInitialCPC IS NULL AND ICPCnotRequired IS FALSE
          AND working_days(S47ActualStartDate, collection_end() - 1) >= 15
    """,
    note=(
        "DfE: with no initial conference date and ICPCnotRequired false, the enquiry should not "
        "start before the reference date minus 15 working days, the 15th working day before "
        "31 March (Monday 10 March 2025 for 2024/25; a non-working 31 March is not itself "
        "counted). A missing ICPCnotRequired is not read as false."
    ),
)
