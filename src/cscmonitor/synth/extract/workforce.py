"""The children's social work workforce census of one collection year.

The census is taken at 30 September (inside the collection year) and covers the year to that
day: every social worker employed then, every starter and leaver of the year, and the agency
workers covering posts on the day. Cases held are the allocations open on 30 September; the
vacancies are the year's published figure for the authority's size.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from cscmonitor.model import registry
from cscmonitor.model.returns.workforce import census_date, census_year
from cscmonitor.synth.extract.columns import Rows, frames
from cscmonitor.synth.rng import stream
from cscmonitor.synth.sim.engine import World
from cscmonitor.synth.sim.state import OPEN


def extract(world: World, year: int) -> dict[str, pl.DataFrame]:
    assert world.staff is not None
    day = census_date(year).toordinal()
    begin = census_date(year - 1).toordinal() + 1
    spec = registry().return_spec("workforce")
    rows = {t.name: Rows(t) for t in spec.tables}
    code = world.authority.la_code
    y = world.authority.profile.year(year)
    scale = world.authority.scale
    rows["workforce_header"].add(Collection="CSWW", Year=census_year(year),
                                 ReferenceDate=day, SourceLevel="L", LEA=code,
                                 SoftwareCode="cscmonitor synth",
                                 DateTime=datetime(census_year(year), 11, 20, 10, 0))
    cases: dict[int, int] = {}
    for allocations in world.staff.allocations.values():
        for allocation in allocations:
            if allocation.start <= day and (allocation.end is None or allocation.end > day):
                cases[allocation.worker.index] = cases.get(allocation.worker.index, 0) + 1
    absence = y.absence_rate
    agency_fte = 0.0
    agency_count = 0
    for worker in sorted(world.staff.workers, key=lambda w: w.sw_id):
        if not worker.registered:
            continue
        in_post = worker.start <= day < worker.end
        if worker.agency and not in_post:
            continue
        if not worker.agency and not (in_post or begin <= worker.end <= day):
            continue
        if worker.start > day:
            continue
        rng = stream(world.seed, code, "census", worker.index, year)
        starter = begin <= worker.start <= day
        leaver = not in_post
        if worker.agency:
            agency_fte += worker.fte
            agency_count += 1
        lost = round(max(0.0, rng.gauss(absence * 220, absence * 150)) * worker.fte, 2)
        absent = in_post and rng.random() < 0.05
        rows["workforce_worker"].add(
            AgencyWorker="1" if worker.agency else "0", SWENo=worker.sw_id,
            FTE=worker.fte, PersonBirthDate=worker.dob, GenderCurrent=worker.gender,
            Ethnicity=worker.ethnicity, QualInst=worker.qual_inst,
            QualLevel=worker.qual_level, StepUpGrad=worker.step_up, OrgRole=worker.role,
            RoleStartDate=worker.start, StartOrigin=worker.origin if starter else None,
            RoleEndDate=worker.end if leaver and worker.end < OPEN else None,
            LeaverDestination=worker.destination if leaver else None,
            ReasonLeave=worker.reason_leave if leaver else None,
            FTE30=worker.fte if in_post else None,
            Cases30=cases.get(worker.index, 0) if in_post and worker.case_holder else None,
            WorkingDaysLost=None if worker.agency else lost,
            ContractWeeks=round((day - worker.start) / 7, 1) if worker.agency else None,
            FrontlineGrad=worker.frontline,
            Absat30Sept=("1" if absent else "0") if in_post else None,
            ReasonAbsence=rng.choice(("SIC", "MAT", "OTH", "TRN")) if absent else None,
            CFKSSstatus=_kss(worker.role) if in_post and not worker.agency else None)
    rows["workforce_vacancy"].add(
        NumberOfVacancies=round(y.workforce("vacancy_fte", scale), 2),
        NoAgencyFTE=round(agency_fte, 2), NoAgencyHeadcount=agency_count)
    return frames(rows)


def _kss(role: str) -> str:
    return {"1": "4", "2": "4", "3": "3"}.get(role, "2")
