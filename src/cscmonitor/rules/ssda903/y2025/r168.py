from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="168",
    message="Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, "
            "UN3, UN4 or UN5.",
    severity=Severity.ERROR,
    tables=("ssda903_header",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM ssda903_header
        WHERE UPN IS NULL
           OR NOT regexp_full_match(UPN, '[A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]|UN[1-5]')
    """,
    note="Checks the form of a UPN (a letter other than I, O or S, eleven digits, then a digit or "
         "letter) or one of the codes UN1-UN5, not its check letter. UPN is required, so a blank "
         "one is flagged too.",
)
