from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503A import NOTE, first_episode_differs

RULE = Rule(
    code="503E",
    message="The placement provider in the first episode does not match open episode at end "
            "of last year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("PLACE_PROVIDER",),
    sql=first_episode_differs("PLACE_PROVIDER"),
    note=NOTE,
)
