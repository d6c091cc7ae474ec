from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="630",
    message="Information on previous permanence option should be returned.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_previous_permanence"),
    fields=("RNE", "PREV_PERM"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        WHERE e.RNE = 'S' AND e.DECOM BETWEEN collection_start() AND collection_end()
          AND e.CHILD NOT IN (SELECT CHILD FROM ssda903_previous_permanence
                              WHERE PREV_PERM IS NOT NULL)
    """,
    note="A child who started to be looked after during the year needs a PrevPerm record with "
         "PREV_PERM completed; the starting episode is flagged. Whether LA_PERM and DATE_PERM "
         "are complete is not tested here (the community validator also requires them when "
         "PREV_PERM is not Z1).",
)
