from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="145",
    message="Category of need code is not a valid code.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("CIN",),
    sql="""
        SELECT _row FROM ssda903_episodes
        WHERE CIN IS NULL OR NOT valid_code('ssda903.category_of_need', CIN)
    """,
)
