from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503G import NOTE, carried_over_geography_differs

RULE = Rule(
    code="503H",
    message="The placement LA in first episode does not match open episode at end of last year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_episodes_last",
            "ssda903_episode_geography_last"),
    fields=("PL_LA", "PL_POST"),
    sql=carried_over_geography_differs("f.PL_LA IS DISTINCT FROM g.PL_LA"),
    note=NOTE + " PL_LA is DfE's 3-digit LA code (or WAL, SCO, NIR, NUK), not an ONS code.",
)
