from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503A import NOTE, first_episode_differs

RULE = Rule(
    code="503C",
    message="The category of need in the first episode does not match open episode at end of "
            "last year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("CIN",),
    sql=first_episode_differs("CIN"),
    note=NOTE,
)
