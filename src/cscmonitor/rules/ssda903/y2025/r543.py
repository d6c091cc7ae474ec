from cscmonitor.rules.rule import Rule, Severity

CONTINUOUSLY_LOOKED_AFTER = """
    SELECT CHILD FROM ssda903_episodes
    GROUP BY CHILD
    HAVING min(DECOM) <= collection_start()
       AND bool_or(DEC IS NULL OR DEC > collection_end())
       AND NOT bool_or(coalesce(
               (RNE = 'S' AND DECOM > collection_start())
               OR (REC <> 'X1' AND DEC BETWEEN collection_start() AND collection_end())
               OR (LS IN ('V3', 'V4') AND coalesce(DEC >= collection_start(), TRUE)),
               FALSE))
"""
"""Children looked after continuously for at least 12 months at 31 March (DfE's OC2 cohort).

In care on 1 April and still on 31 March, with no new period of care, no episode ending
care and no short-break (V3, V4) episode during the year. Shared by 543, 545 and 546.
"""

CLA_NOTE = ("Looked after continuously for 12 months means an episode open on 1 April and at "
            "31 March, with no new period of care, no care ending and no short breaks (V3, V4) "
            "in between.")

RULE = Rule(
    code="543",
    message="Child is aged 10 or over at 31 March and has been looked after continuously for 12 "
            "months yet conviction information has not been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("CONVICTED", "DOB"),
    sql=f"""
        SELECT o._row FROM ssda903_oc2 o
        JOIN ({CONTINUOUSLY_LOOKED_AFTER}) c ON c.CHILD = o.CHILD
        WHERE o.CONVICTED IS NULL AND age_on(o.DOB, collection_end()) >= 10
    """,
    note=CLA_NOTE,
)
