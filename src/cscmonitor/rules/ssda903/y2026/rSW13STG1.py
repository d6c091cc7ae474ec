from dataclasses import replace

from cscmonitor.rules.ssda903.y2025.rSW13STG1 import RULE as BASE

RULE = replace(
    BASE,
    message="The reason for social worker change is not valid.",
    sql="""
        SELECT _row FROM ssda903_social_worker
        WHERE SW_REASON IS NOT NULL
          AND NOT valid_code('ssda903.social_worker_change_reason', SW_REASON)
    """,
    note="From 2025/26 DfE's message no longer covers a reason that has not been entered, so "
         "only a completed, unknown code is flagged.",
)
