from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503A import NOTE, first_episode_differs

RULE = Rule(
    code="503D",
    message="The placement type in the first episode does not match open episode at end of "
            "last year",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("PLACE",),
    sql=first_episode_differs("PLACE"),
    note=NOTE,
)
