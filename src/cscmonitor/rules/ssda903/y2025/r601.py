from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="601",
    message="The additional fields relating to adoption have not been completed although the "
            "episode data shows that the child was adopted during the year.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_ad1"),
    fields=("REC", "DEC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
            "LS_ADOPTR"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        LEFT JOIN ssda903_ad1 a ON a.CHILD = e.CHILD
        WHERE e.REC IN ('E11', 'E12')
          AND e.DEC BETWEEN collection_start() AND collection_end()
          AND (a.CHILD IS NULL OR a.DATE_INT IS NULL OR a.DATE_MATCH IS NULL
               OR a.FOSTER_CARE IS NULL OR a.NB_ADOPTR IS NULL OR a.SEX_ADOPTR IS NULL
               OR a.LS_ADOPTR IS NULL)
    """,
    note="DfE requires the AD1 fields whenever an episode ends in adoption in the year, so a "
         "child with no AD1 record at all is flagged too (the community validator only checks "
         "children present in AD1). The adoption episode is the record flagged.",
)
