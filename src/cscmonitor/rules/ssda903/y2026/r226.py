from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.r226 import RULE as BASE

RULE = replace(BASE, message="Reason for placement change is not required for temporary "
                             "placements.")
