from cscmonitor.rules.rule import Rule, Severity

LOOKED_AFTER_12_MONTHS = """
    looked_after_12_months AS (
        SELECT CHILD FROM ssda903_episodes
        WHERE CHILD IS NOT NULL
        GROUP BY CHILD
        HAVING coalesce(bool_or(DECOM <= collection_end()
                                AND (DEC IS NULL OR DEC >= collection_start())), FALSE)
           AND NOT coalesce(bool_or(
               (RNE = 'S' AND DECOM > collection_start() AND DECOM <= collection_end())
               OR (REC IS DISTINCT FROM 'X1' AND DEC >= collection_start()
                   AND DEC < collection_end())
               OR (LS IN ('V3', 'V4') AND DECOM <= collection_end()
                   AND (DEC IS NULL OR DEC >= collection_start()))), FALSE)
    )"""
"""A CTE of the children looked after continuously for at least 12 months at 31 March.

DfE's LOOKED_AFTER_CONTINUOUSLY: in care during the year, and no episode in the year that
starts care (RNE S after 1 April), ends care (REC other than X1 before 31 March) or is a short
break (legal status V3 or V4). Shared by every rule that depends on the OC2 cohort.
"""

RULE = Rule(
    code="185",
    message="Child has not been looked after continuously for at least 12 months at 31 March but a "
            "Strengths and Difficulties (SDQ) score has been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2", "ssda903_episodes"),
    fields=("SDQ_SCORE",),
    sql=f"""
        WITH {LOOKED_AFTER_12_MONTHS}
        SELECT _row FROM ssda903_oc2
        WHERE SDQ_SCORE IS NOT NULL AND CHILD NOT IN (SELECT CHILD FROM looked_after_12_months)
    """,
    note="Looked after continuously as in the community validator: an episode ending on 31 March "
         "itself does not break the 12 months.",
)
