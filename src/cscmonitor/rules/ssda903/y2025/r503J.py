from cscmonitor.rules.rule import Rule, Severity
from cscmonitor.rules.ssda903.y2025.r503G import NOTE, carried_over_geography_differs

RULE = Rule(
    code="503J",
    message="The placement location in first episode does not match open episode at end of "
            "last year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_episodes_last",
            "ssda903_episode_geography_last"),
    fields=("PL_LOCATION", "PL_POST"),
    needs_authority=True,
    sql=carried_over_geography_differs("f.PL_LOCATION IS DISTINCT FROM g.PL_LOCATION"),
    note=NOTE + " Both years' locations are IN or OUT of the submitting authority.",
)
