from cscmonitor.rules.rule import Rule, Severity


def over_limit(field: str, code: str, days: int) -> str:
    """Episodes with ``field`` = ``code`` whose unbroken spell lasts more than ``days`` days.

    Back-to-back episodes with the same code (one starting the day the previous ended) make
    one spell, as a change of placement does not restart a legal order, nor a change of legal
    status a temporary placement; an open episode runs to the end of the year. The spells are
    the context's ``ssda903_episode_spells``, shared by every rule of this kind.
    """
    return f"""
        SELECT _row FROM ssda903_episode_spells
        WHERE {field} = '{code}' AND {field.lower()}_days > {days}
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
