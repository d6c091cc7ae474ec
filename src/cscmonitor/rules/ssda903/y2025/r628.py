from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="628",
    message="Motherhood details are not required for care leavers who have not been looked "
            "after during the year.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes", "ssda903_oc3"),
    fields=("MOTHER",),
    sql="""
        SELECT h._row FROM ssda903_header h
        WHERE h.MOTHER IS NOT NULL
          AND h.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes)
          AND h.CHILD IN (SELECT CHILD FROM ssda903_oc3
                          WHERE IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL
                             OR ACCOM IS NOT NULL)
    """,
)
