from cscmonitor.rules.rule import Rule, Severity


def changes(reasons: str, flagged_when: str) -> str:
    """Episodes with RNE in ``reasons`` whose change from the previous episode contradicts it.

    ``flagged_when`` may use ``same_status`` (legal status unchanged) and ``same_placement``
    (placement type, postcode, URN and provider all unchanged), compared with the child's
    previous episode; blanks on both sides count as the same.
    """
    return f"""
        SELECT _row FROM (
            SELECT e._row, e.RNE,
                   e.LS IS NOT DISTINCT FROM p.LS AS same_status,
                   e.PLACE IS NOT DISTINCT FROM p.PLACE
                   AND e.PL_POST IS NOT DISTINCT FROM p.PL_POST
                   AND e.URN IS NOT DISTINCT FROM p.URN
                   AND e.PLACE_PROVIDER IS NOT DISTINCT FROM p.PLACE_PROVIDER
                       AS same_placement
            FROM ssda903_episodes e
            JOIN ssda903_episode_neighbours o ON o._row = e._row
            JOIN ssda903_episodes p ON p._row = o.previous_row
        )
        WHERE RNE IN ({reasons}) AND ({flagged_when})
    """


RULE = Rule(
    code="434",
    message="Reason for new episode is that child's legal status has changed but not the "
            "placement, but this is not reflected in the episode data.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"),
    sql=changes("'L'", "same_status OR NOT same_placement"),
    note="The placement is its type, postcode, URN and provider, compared with the child's "
         "previous episode in the return.",
)
