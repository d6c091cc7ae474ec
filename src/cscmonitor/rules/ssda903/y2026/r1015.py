from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.r1015 import EXEMPT_PLACEMENTS, own_provision_elsewhere
from cscmonitor.rules.ssda903.y2025.r1015 import RULE as BASE

RULE = replace(
    BASE,
    sql=own_provision_elsewhere((*EXEMPT_PLACEMENTS, "K3")),
    note=BASE.note + " From 2025/26 supported accommodation (K3) is exempt as well.",
)
