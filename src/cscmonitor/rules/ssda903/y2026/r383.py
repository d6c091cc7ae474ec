from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.r383 import RULE as BASE

RULE = replace(
    BASE,
    fields=("PLACE", "RNE", "PL_POST"),
    sql="""
        SELECT _row FROM (
            SELECT _row, PLACE,
                   lag(PLACE) OVER w AS before, lead(PLACE) OVER w AS after,
                   lag(PL_POST) OVER w AS before_post, lead(PL_POST) OVER w AS after_post,
                   lead(RNE) OVER w AS next_rne
            FROM ssda903_episodes WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM, _row)
        )
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND before IS NOT NULL
          AND after IS NOT NULL
          AND (after IS DISTINCT FROM before OR next_rne IS DISTINCT FROM 'P'
               OR after_post IS DISTINCT FROM before_post)
    """,
    note="From 2025/26 DfE adds the placement postcode (PL_POST) to the rule: the child must "
         "return to the same placement type at the same postcode, entered with RNE P.",
)
