from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8606",
    message="Child referral date is more than 40 weeks before DOB or expected DOB",
    severity=Severity.ERROR,
    tables=("cin_episode", "cin_child"),
    fields=("CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"),
    sql="""
        SELECT e._row FROM cin_episode e
        JOIN cin_child c USING (LAchildID)
        WHERE e.CINreferralDate
              < coalesce(c.PersonBirthDate, c.ExpectedPersonBirthDate) - INTERVAL 280 DAY
    """,
    note=(
        "40 weeks is 280 days; the date of birth is used where given, otherwise the expected date "
        "of birth."
    ),
)
