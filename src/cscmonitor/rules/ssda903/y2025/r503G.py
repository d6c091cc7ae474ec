from cscmonitor.rules.rule import Rule, Severity


def carried_over_geography_differs(differs: str, same_rne: bool = False) -> str:
    """Each child's first episode this year whose derived geography (``f.``) ``differs`` from
    that of last year's latest episode (``g.``) when that one was still open at 31 March
    (episodes in start date order; one without a start date is not compared).

    Shared by 503G, 503H, 503J and, for episodes with the same reason for new episode
    (``same_rne``), 452 and 453: the same comparison of different derived fields.
    """
    rne = "AND e.RNE = l.RNE" if same_rne else ""
    return f"""
        WITH first_now AS (
            SELECT CHILD, arg_min(_row, (DECOM, _row)) AS _row FROM ssda903_episodes
            WHERE DECOM IS NOT NULL GROUP BY CHILD
        ),
        latest_last AS (
            SELECT CHILD, arg_max(_row, (DECOM, _row)) AS _row FROM ssda903_episodes_last
            WHERE DECOM IS NOT NULL GROUP BY CHILD
        )
        SELECT n._row FROM first_now n
        JOIN latest_last p ON p.CHILD = n.CHILD
        JOIN ssda903_episodes e ON e._row = n._row
        JOIN ssda903_episode_geography f ON f._row = n._row
        JOIN ssda903_episodes_last l ON l._row = p._row
        JOIN ssda903_episode_geography_last g ON g._row = p._row
        WHERE l.DEC IS NULL {rne} AND ({differs})
    """


DISTANCE_DIFFERS = ("(f.PL_DISTANCE IS NULL) <> (g.PL_DISTANCE IS NULL) "
                    "OR round(abs(f.PL_DISTANCE - g.PL_DISTANCE), 1) >= 0.2")
"""Distances differ by 0.2 miles or more (0.1 is rounding), or only one is known."""

NOTE = ("Compares each child's earliest episode this year with the latest episode of last "
        "year's return when that one was open at 31 March, both derived from their postcodes "
        "with today's ONS Postcode Directory.")

RULE = Rule(
    code="503G",
    message="The distance in first episode does not match open episode at end of last year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_episodes_last",
            "ssda903_episode_geography_last"),
    fields=("PL_DISTANCE", "HOME_POST", "PL_POST"),
    sql=carried_over_geography_differs(DISTANCE_DIFFERS),
    note=NOTE + " Distances within 0.1 mile (rounding) match; a distance known in one year "
                "only does not (the community validator flags only one direction).",
)
