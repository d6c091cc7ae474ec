from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="454",
    message="Placement distance from home is over 350 miles. [NOTE: This check will result in "
            "false positives for children formerly UASC not identified as such in loaded data]",
    severity=Severity.QUERY,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("PL_DISTANCE", "HOME_POST", "PL_POST"),
    sql="""
        SELECT g._row FROM ssda903_episode_geography g
        WHERE g.PL_DISTANCE > 350 AND g.PL_DISTANCE <> 999.9
    """,
    note="New in 2025/26. DfE's wording exempts a distance of exactly 999.9, kept as written "
         "(cscmonitor derives the true distance). A query: the distance should, not must, be "
         "at most 350 miles.",
)
