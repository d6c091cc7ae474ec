from cscmonitor.rules.rule import Rule, Severity


def first_episode_differs(field: str) -> str:
    """The first episode this year whose ``field`` differs from last year's open episode.

    Shared by 503A-503F, which make the same comparison on different fields.
    """
    return f"""
        WITH first_now AS (
            SELECT _row, CHILD, {field} AS value,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM) AS n
            FROM ssda903_episodes
        ),
        last_latest AS (
            SELECT CHILD, DEC, {field} AS value,
                   row_number() OVER (PARTITION BY CHILD ORDER BY DECOM DESC NULLS LAST) AS n
            FROM ssda903_episodes_last
        )
        SELECT f._row FROM first_now f
        JOIN last_latest l ON l.CHILD = f.CHILD AND l.n = 1
        WHERE f.n = 1 AND l.DEC IS NULL AND f.value IS DISTINCT FROM l.value
    """


NOTE = ("Compares each child's earliest episode this year with the latest episode of last "
        "year's return when that one was open at 31 March.")

RULE = Rule(
    code="503A",
    message="The reason for new episode in the first episode does not match open episode at "
            "end of last year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episodes_last"),
    fields=("RNE",),
    sql=first_episode_differs("RNE"),
    note=NOTE,
)
