from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503A import NOTE, first_episode_differs

RULE = Rule(
    code="503F",
    message="The Ofsted URN in the  first episode does not match open episode at end of last "
            "year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("URN",),
    sql=first_episode_differs("URN"),
    note=NOTE,
)
