from cscmonitor.rules.rule import Rule, Severity


def over_limit(field: str, code: str, days: int) -> str:
    """Episodes with ``field`` = ``code`` whose unbroken spell lasts more than ``days`` days.

    Back-to-back episodes with the same code (one starting the day the previous ended) make
    one spell, as a change of placement does not restart a legal order, nor a change of legal
    status a temporary placement; an open episode runs to the end of the year.
    """
    return f"""
        WITH status AS (
            SELECT CHILD, _row, DECOM, {field} AS code,
                   coalesce(DEC, collection_end()) AS until,
                   lag(DEC) OVER w AS previous_end, lag({field}) OVER w AS previous_code
            FROM ssda903_episodes WHERE DECOM IS NOT NULL
            WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        ), own AS (
            SELECT *, sum(CASE WHEN previous_code = '{code}' AND previous_end = DECOM
                               THEN 0 ELSE 1 END)
                      OVER (PARTITION BY CHILD ORDER BY DECOM, _row) AS spell
            FROM status WHERE code = '{code}'
        )
        SELECT _row FROM own
        QUALIFY max(until) OVER (PARTITION BY CHILD, spell)
              - min(DECOM) OVER (PARTITION BY CHILD, spell) > {days}
    """


RULE = Rule(
    code="361",
    message="Police protection legal status lasted longer than maximum 72 hours allowed in the "
            "Children Act 1989.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("DECOM", "DEC", "LS"),
    sql=over_limit("LS", "L1", 3),
    note="72 hours is read as 3 days from DECOM to DEC; consecutive L1 episodes count as one "
         "spell and an open one runs to 31 March.",
)
