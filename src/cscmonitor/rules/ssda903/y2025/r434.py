from cscmonitor.rules.rule import Rule, Severity


def changes(reasons: str, flagged_when: str) -> str:
    """Episodes with RNE in ``reasons`` whose change from the previous episode contradicts it.

    ``flagged_when`` may use ``same_status`` (legal status unchanged) and ``same_placement``
    (placement type, postcode, URN and provider all unchanged), compared with the child's
    previous episode; blanks on both sides count as the same.
    """
    return f"""
        SELECT _row FROM (
            SELECT _row, RNE,
                   LS IS NOT DISTINCT FROM lag(LS) OVER w AS same_status,
                   PLACE IS NOT DISTINCT FROM lag(PLACE) OVER w
                   AND PL_POST IS NOT DISTINCT FROM lag(PL_POST) OVER w
                   AND URN IS NOT DISTINCT FROM lag(URN) OVER w
                   AND PLACE_PROVIDER IS NOT DISTINCT FROM lag(PLACE_PROVIDER) OVER w
                       AS same_placement,
                   row_number() OVER w AS n
            FROM ssda903_episodes WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        )
        WHERE n > 1 AND RNE IN ({reasons}) AND ({flagged_when})
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
