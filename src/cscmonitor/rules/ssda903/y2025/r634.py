from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="634",
    message="There are entries for previous permanence options, but child has not started to "
            "be looked after from 1 April 2016 onwards.",
    severity=Severity.ERROR,
    tables=("ssda903_previous_permanence", "ssda903_episodes"),
    fields=("PREV_PERM", "LA_PERM", "DATE_PERM", "DECOM"),
    sql="""
        SELECT p._row FROM ssda903_previous_permanence p
        WHERE (p.PREV_PERM IS NOT NULL OR p.LA_PERM IS NOT NULL OR p.DATE_PERM IS NOT NULL)
          AND p.CHILD IN (SELECT CHILD FROM ssda903_episodes
                          GROUP BY CHILD HAVING min(DECOM) < DATE '2016-04-01')
          AND p.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes
                              WHERE RNE = 'S' AND DECOM >= DATE '2016-04-01')
    """,
    note="Flagged only when the return shows care before 1 April 2016 (an episode starting "
         "earlier) and no start of care (RNE S) since. A return holds only the episodes open "
         "in the year, so a child whose first episode in it is a later placement change may "
         "well have started care after April 2016 and is not flagged; a child with no episode "
         "is rule 1012's concern.",
)
