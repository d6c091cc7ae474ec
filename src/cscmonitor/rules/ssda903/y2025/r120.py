from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="120",
    message="The reason for the reversal of the decision that the child should be placed for "
            "adoption code is not valid.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption",),
    fields=("REASON_PLACED_CEASED",),
    sql="""
        SELECT _row FROM ssda903_placed_for_adoption
        WHERE REASON_PLACED_CEASED IS NOT NULL
          AND NOT valid_code('ssda903.reason_placed_ceased', REASON_PLACED_CEASED)
    """,
)
