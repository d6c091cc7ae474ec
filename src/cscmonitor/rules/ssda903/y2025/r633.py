from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="633",
    message="Local authority code where previous permanence option was arranged is not a valid "
            "value.",
    severity=Severity.ERROR,
    tables=("ssda903_previous_permanence", "local_authorities"),
    fields=("LA_PERM",),
    sql="""
        SELECT p._row FROM ssda903_previous_permanence p
        WHERE p.LA_PERM IS NOT NULL
          AND upper(trim(p.LA_PERM)) NOT IN ('WAL', 'SCO', 'NIR', 'NUK', '999')
          AND trim(p.LA_PERM) NOT IN (SELECT la_code FROM local_authorities)
    """,
    note="Valid: the 3-digit code of any English authority, including codes no longer in use "
         "(a permanence order may be years old; the community validator lists current codes "
         "only), DfE's WAL, SCO, NIR and NUK for elsewhere, and 999 (not known); letters in "
         "any case.",
)
