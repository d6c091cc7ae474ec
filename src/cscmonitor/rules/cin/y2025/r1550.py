from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1550",
    message="UPN invalid (character 13 not a recognised value)",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM cin_child
        WHERE UPN IS NOT NULL AND NOT regexp_full_match(substr(UPN, 13, 1), '[0-9A-HJ-NP-RT-Z]')
    """,
    note=(
        "Character 13 is a digit, or for a temporary UPN a letter of the check-letter alphabet (no "
        "I, O or S); a UPN shorter than 13 characters has no valid character 13."
    ),
)
