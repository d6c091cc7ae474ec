from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.rSW108STG2 import RULE as SW108

RULE = replace(SW108, code="SW08STG2",
               note="DfE's 2025/26 code for the 2024/25 check SW108STG2, with the same message.")
