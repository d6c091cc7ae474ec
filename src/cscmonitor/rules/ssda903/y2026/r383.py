from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.r383 import RULE as BASE

RULE = replace(
    BASE,
    fields=("PLACE", "RNE", "PL_POST"),
    sql="""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_neighbours o ON o._row = e._row
        JOIN ssda903_episodes b ON b._row = o.previous_row
        JOIN ssda903_episodes a ON a._row = o.next_row
        WHERE e.PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND b.PLACE IS NOT NULL
          AND a.PLACE IS NOT NULL
          AND (a.PLACE IS DISTINCT FROM b.PLACE OR a.RNE IS DISTINCT FROM 'P'
               OR a.PL_POST IS DISTINCT FROM b.PL_POST)
    """,
    note="From 2025/26 DfE adds the placement postcode (PL_POST) to the rule: the child must "
         "return to the same placement type at the same postcode, entered with RNE P.",
)
