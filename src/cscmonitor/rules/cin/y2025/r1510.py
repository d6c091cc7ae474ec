from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1510",
    message="UPN invalid (wrong check letter at character 1)",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM cin_child
        WHERE regexp_full_match(UPN, '[A-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]')
          AND substr(UPN, 1, 1) <> substr('ABCDEFGHJKLMNPQRTUVWXYZ', 1 + CAST(list_sum(
              list_transform(range(2, 14), lambda i: i * CASE
                  WHEN substr(UPN, i, 1) BETWEEN '0' AND '9' THEN CAST(substr(UPN, i, 1) AS INTEGER)
                  ELSE instr('ABCDEFGHJKLMNPQRTUVWXYZ', substr(UPN, i, 1)) - 1 END)
          ) AS BIGINT) % 23, 1)
    """,
    note=(
        "DfE's check-letter algorithm: characters 2-13 weighted by their position (a temporary "
        "UPN's final letter by its place in the check-letter alphabet, A=0), the sum modulo 23 "
        "picks the letter. Only UPNs otherwise well formed are checked; rules 1540 and 1550 report "
        "the others."
    ),
)
