from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.r218 import RULE as BASE
from cscmonitor.rules.ssda903.y2025.r218 import urn_missing

EXEMPT_PLACEMENTS = ("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4",
                     "Z11", "Z12", "Z13", "Z14")
"""From 2025/26 the other placements are exempt by their sub-types Z11 to Z14, not Z1."""

RULE = replace(
    BASE,
    sql=urn_missing(EXEMPT_PLACEMENTS),
    note=BASE.note + " From 2025/26 other placements are exempt as Z11 to Z14 (Z1 no longer).",
)
