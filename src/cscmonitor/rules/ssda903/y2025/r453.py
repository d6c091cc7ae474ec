from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503G import (
    DISTANCE_DIFFERS,
    NOTE,
    carried_over_geography_differs,
)

RULE = Rule(
    code="453",
    message="Contradiction between placement distance in the last episode of the previous year "
            "and in the first episode of the current year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_episodes_last",
            "ssda903_episode_geography_last"),
    fields=("PL_DISTANCE", "HOME_POST", "PL_POST", "RNE"),
    sql=carried_over_geography_differs(DISTANCE_DIFFERS, same_rne=True),
    note=NOTE + " Only when both episodes have the same RNE (the same episode carried over). "
                "Distances within 0.1 mile (rounding) match; a distance known in one year only "
                "does not (the community validator flags only one direction).",
)
