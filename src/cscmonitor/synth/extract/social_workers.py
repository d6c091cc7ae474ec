"""Social worker episodes of looked-after children (SSDA903 from 2023/24).

Every allocation of the child's case that overlaps the year, from the workforce simulation:
the worker's identifier (Social Work England number, or XX... for a worker who is not a
registered social worker), when it started and ended, and why the case came to this worker:
the case opening (FCONTA), a move between teams (TSPROC) or the last worker leaving (LEFTRL).
"""

from __future__ import annotations

from cscmonitor.synth.extract.columns import Rows
from cscmonitor.synth.sim.engine import World
from cscmonitor.synth.sim.state import Child


def social_worker_rows(world: World, rows: Rows, children: list[Child], first: int,
                       ref: int) -> None:
    if world.staff is None:
        return
    for child in children:
        for allocation in world.staff.allocations.get(child.index, []):
            if allocation.start > ref or (allocation.end is not None and allocation.end < first):
                continue
            ended = allocation.end is not None and allocation.end <= ref
            rows.add(CHILD=child.child_id, DOB=child.dob, SW_ID=allocation.worker.sw_id,
                     SW_DECOM=allocation.start, SW_DEC=allocation.end if ended else None,
                     SW_REASON=allocation.reason)
