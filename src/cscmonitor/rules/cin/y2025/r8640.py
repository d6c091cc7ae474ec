from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8640",
    message=(
        "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)"
    ),
    severity=Severity.ERROR,
    tables=("cin_episode",),
    fields=("ReasonForClosure",),
    sql="""
        SELECT _row FROM cin_episode
        WHERE ReasonForClosure IS NOT NULL
          AND NOT valid_code('cin.reason_for_closure', ReasonForClosure)
    """,
    note="A missing reason is rule 8805's concern.",
)
