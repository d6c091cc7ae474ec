from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.rSW11STG2 import RULE as SW11

RULE = replace(SW11, code="SW11bSTG2",
               note="DfE's 2025/26 code for the 2024/25 check SW11STG2, with the same message "
                    "and reading: " + SW11.note)
