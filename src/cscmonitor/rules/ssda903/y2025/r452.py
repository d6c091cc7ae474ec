from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503G import NOTE, carried_over_geography_differs

RULE = Rule(
    code="452",
    message="Contradiction between local authority of placement code in the last episode of "
            "the previous year and in the first episode of the current year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_episodes_last",
            "ssda903_episode_geography_last"),
    fields=("PL_LA", "PL_POST", "RNE"),
    sql=carried_over_geography_differs("f.PL_LA IS DISTINCT FROM g.PL_LA", same_rne=True),
    note=NOTE + " Only when both episodes have the same RNE (the same episode carried over); "
                "PL_LA is DfE's 3-digit LA code (or WAL, SCO, NIR, NUK), not an ONS code.",
)
