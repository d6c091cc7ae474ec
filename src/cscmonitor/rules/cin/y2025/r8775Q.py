from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8775Q",
    message="Please check and either amend data or provide a reason: Child is over 25 years old",
    severity=Severity.QUERY,
    tables=("cin_child", "cin_episode"),
    fields=("PersonBirthDate", "CINclosureDate"),
    sql="""
        SELECT DISTINCT c._row FROM cin_child c
        JOIN cin_episode e USING (LAchildID)
        WHERE c.PersonBirthDate < collection_end() - INTERVAL 25 YEAR
          AND (e.CINclosureDate IS NULL OR e.CINclosureDate > c.PersonBirthDate + INTERVAL 25 YEAR)
    """,
    note=(
        "DfE: born more than 25 years before the reference date, with an episode still open or "
        "closed after the 25th birthday."
    ),
)
