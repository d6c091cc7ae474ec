from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8540",
    message="Child’s disability is missing or invalid (see Disability table)",
    severity=Severity.ERROR,
    tables=("cin_child", "cin_disability", "cin_episode"),
    fields=("Disability", "PersonBirthDate", "ReferralNFA"),
    sql="""
        WITH due AS (
            SELECT c.LAchildID, c._row FROM cin_child c
            WHERE c.PersonBirthDate IS NOT NULL
              AND EXISTS (SELECT 1 FROM cin_episode e
                          WHERE e.LAchildID = c.LAchildID AND NOT e.ReferralNFA)
        )
        SELECT 'cin_child' AS table_name, due._row FROM due
        WHERE NOT EXISTS (SELECT 1 FROM cin_disability d WHERE d.LAchildID = due.LAchildID)
        UNION ALL
        SELECT 'cin_disability' AS table_name, d._row FROM cin_disability d
        JOIN due USING (LAchildID)
        WHERE d.Disability IS NULL OR NOT valid_code('cin.disability', d.Disability)
    """,
    note=(
        "DfE: a born child with at least one referral going on to further action needs one or more "
        "disabilities (NONE included), all valid codes. A child with none is flagged on its child "
        "record, an invalid code on the disability."
    ),
)
