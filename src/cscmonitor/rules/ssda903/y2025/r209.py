from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="209",
    message="Child looked after is of school age and should not have an unknown Unique Pupil "
            "Number (UPN) code of UN1.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("DOB", "UPN"),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE upper(UPN) = 'UN1' AND age_on(DOB, make_date(collection_year() - 2, 8, 31)) >= 4
    """,
    note="School age as DfE defines it here: aged 4 or over on 31 August of the year before the "
         "collection year began (31/08/2023 for 2024/25).",
)
