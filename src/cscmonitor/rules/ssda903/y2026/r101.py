from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.r101 import RULE as BASE

RULE = replace(BASE, message="The child or young person’s reported sex is not valid.")
