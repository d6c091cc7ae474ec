"""Social workers: teams, starters and leavers, agency staff, and the cases they hold.

Staffing follows the workforce census figures: each census year (1 October to 30 September)
has the year's leavers among the staff in post, starters to bring the headcount to the
published figure at 30 September, and agency workers in post at 30 September. Case-holding
workers sit in the front door, assessment, safeguarding (CIN and protection), children in care
and disabled children teams, in proportion to the cases each team holds.

Cases follow the children: every phase of a child's involvement (being assessed, on a plan, in
care) is allocated to a worker of the right team, the least loaded of a few; the same worker
keeps the child while the team stays the same, and a leaving worker's cases pass to colleagues
on the day they leave. Some children on CIN plans are held by family support workers who are
not social workers, as in most authorities, in the share that gives the published caseload.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from cscmonitor.model.returns.workforce import census_date
from cscmonitor.synth.profile import Profile
from cscmonitor.synth.rng import between, flag_deck, stream
from cscmonitor.synth.sim.state import OPEN, Child, Episode

KINDS = ("front", "assessment", "safeguarding", "care", "disabled")
TEAM_NAMES = {
    "front": "Multi Agency Safeguarding Hub",
    "assessment": "Assessment Team {n}",
    "safeguarding": "Safeguarding Team {n}",
    "care": "Children in Care Team {n}",
    "disabled": "Children with Disabilities Team",
    "support": "Family Support Team",
    "management": "Service Management",
}
FIRST_NAMES = ("Amelia", "Aisha", "Ben", "Chloe", "Daniel", "Deborah", "Ella", "Farhan",
               "Grace", "Hannah", "Harpreet", "Imran", "Jade", "James", "Joanne", "Karen",
               "Kwame", "Laura", "Leanne", "Liam", "Lucy", "Mandeep", "Mark", "Natalie",
               "Nadia", "Olivia", "Paul", "Priya", "Rachel", "Rebecca", "Ruth", "Sam",
               "Sarah", "Simone", "Sophie", "Tariq", "Tom", "Usha", "Victoria", "Yasmin", "Zoe")
SURNAMES = ("Adams", "Ahmed", "Ali", "Bailey", "Baker", "Begum", "Bennett", "Brown", "Campbell",
            "Clarke", "Cole", "Davies", "Edwards", "Evans", "Fisher", "Graham", "Green", "Hall",
            "Hughes", "Hussain", "Jackson", "James", "Johal", "Jones", "Kaur", "Khan", "Lewis",
            "Martin", "Mensah", "Mistry", "Morgan", "Okafor", "Patel", "Phillips", "Price",
            "Roberts", "Sandhu", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Turner",
            "Walker", "Ward", "Watson", "White", "Williams", "Wilson", "Wright", "Young")
UNIVERSITIES = ("University of Birmingham", "Birmingham City University",
                "University of Wolverhampton", "Coventry University", "University of Warwick",
                "Staffordshire University", "Open University", "University of Manchester",
                "University of Nottingham", "De Montfort University", "University of Leeds",
                "Goldsmiths, University of London")


@dataclass(slots=True)
class Worker:
    index: int
    sw_id: str
    name: str
    team: str
    kind: str
    agency: bool
    registered: bool
    case_holder: bool
    role: str
    fte: float
    start: int
    end: int
    dob: int
    gender: str
    ethnicity: str
    qual_level: str
    qual_inst: str
    step_up: str
    frontline: str
    origin: str | None = None
    destination: str | None = None
    reason_leave: str | None = None
    load: int = 0


@dataclass(slots=True)
class Allocation:
    """A worker holding a child's case, and why the case came to them (an SSDA903 reason)."""

    worker: Worker
    start: int
    reason: str
    end: int | None = None


@dataclass
class Staff:
    """The authority's workers and each child's allocations, oldest first."""

    workers: list[Worker]
    allocations: dict[int, list[Allocation]] = field(default_factory=dict)

    def current(self, child: Child, day: int) -> Allocation | None:
        """The allocation open on ``day``, else the child's last one before it."""
        found = None
        for allocation in self.allocations.get(child.index, []):
            if allocation.start <= day:
                found = allocation
        return found


@dataclass(frozen=True)
class Phase:
    child: Child
    start: int
    end: int
    kind: str
    social_worker: bool


def phases(child: Child) -> list[Phase]:
    """A child's involvement as consecutive phases, each for one kind of team."""
    spans: list[tuple[int, int, str, bool]] = []
    care = [p for p in child.care if not p.short_break]
    for episode in child.episodes:
        if episode.nfa:
            spans.append((episode.referral, episode.referral + 1, "front", True))
            continue
        later = "disabled" if episode.need == "N2" else "safeguarding"
        assessed = min((a.authorised for a in episode.assessments), default=episode.referral)
        end = episode.end
        day = min(max(assessed, episode.referral + 1), end)
        spans.append((episode.referral, day,
                      "disabled" if later == "disabled" else "assessment", True))
        for period in care:
            if period.start >= end or period.end <= day:
                continue
            if period.start > day:
                spans.append((day, period.start, later,
                               _needs_social_worker(episode, day, period.start)))
            spans.append((max(period.start, day), min(period.end, end), "care", True))
            day = min(period.end, end)
        if day < end:
            spans.append((day, end, later, _needs_social_worker(episode, day, end)))
    return [Phase(child, s, e, k, w) for s, e, k, w in spans if e > s]


def _needs_social_worker(episode: Episode, start: int, end: int) -> bool:
    """Child protection work always needs a social worker; CIN plans may not."""
    return any(p.start < end and (p.end or OPEN) > start for p in episode.protection)


class Workforce:
    """Builds the staff of one authority over the simulated years, then allocates cases."""

    def __init__(self, seed: int, la_code: str, profile: Profile, scale: float,
                 first: int, last: int, census_years: list[int]) -> None:
        self.rng = stream(seed, la_code, "workforce")
        self.seed = seed
        self.la_code = la_code
        self.profile = profile
        self.scale = scale
        self.first = first
        self.last = last
        self.census_years = census_years
        self.workers: list[Worker] = []
        self.serial = self.rng.randint(1_000_000, 5_000_000)
        self.team_count: dict[str, int] = {}
        self.in_month: dict[tuple[int, int], list[Worker]] = {}
        """Workers of a pool in post at some time in a 30-day block, for quick choices."""

    # -- people ----------------------------------------------------------------------

    def _worker(self, kind: str, start: int, end: int, agency: bool, case_holder: bool,
                registered: bool = True) -> Worker:
        r = self.rng
        self.serial += between(r, 1, 97)
        prefix = "SW" if registered else "XX"
        age = between(r, 23 * 365, 60 * 365)
        if not case_holder:
            role = r.choice(("1", "2", "2", "3", "3", "3", "6"))
        else:
            role = "4" if r.random() < 0.2 else "5"
        team = self._team(kind) if case_holder else TEAM_NAMES["management"]
        if not registered:
            team = TEAM_NAMES["support"]
        worker = Worker(
            index=len(self.workers), sw_id=f"{prefix}{self.serial:010d}",
            name=f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}", team=team, kind=kind,
            agency=agency, registered=registered, case_holder=case_holder, role=role,
            fte=1.0 if agency or r.random() < 0.8 else r.choice((0.5, 0.6, 0.8, 0.9)),
            start=start, end=end, dob=start - age, gender="2" if r.random() < 0.84 else "1",
            ethnicity=r.choices(("WBRI", "AIND", "APKN", "BCRB", "BAFR", "MWBC", "WOTH", "OOTH"),
                                (68, 6, 5, 5, 7, 3, 4, 2))[0],
            qual_level=r.choice(("1", "1", "2", "2", "3")), qual_inst=r.choice(UNIVERSITIES),
            step_up="1" if r.random() < 0.05 else "0",
            frontline="1" if r.random() < 0.07 else "0")
        self.workers.append(worker)
        return worker

    def _team(self, kind: str) -> str:
        if "{n}" not in TEAM_NAMES[kind]:
            return TEAM_NAMES[kind]
        count = self.team_count.get(kind, 0) + 1
        self.team_count[kind] = count
        return TEAM_NAMES[kind].format(n=(count - 1) // 8 + 1)

    def _holder_share(self, year: int) -> float:
        """Share of employed staff holding cases, so that with the agency workers the case
        holders' FTE is the year's published figure."""
        y = self.profile.year(year)
        employed = y.workforce("inpost_fte", self.scale)
        holders = y.workforce("case_holders_fte", self.scale) - y.workforce("agency_fte",
                                                                           self.scale)
        return min(max(holders / max(employed, 1.0), 0.05), 0.95)

    def build(self, shares: dict[str, float]) -> None:
        """Permanent staff, starters, leavers and agency workers for every census year."""
        r = self.rng
        first_census = self.census_years[0]
        y = self.profile.year(first_census)
        fte = self.profile.number("worker_fte")
        holding = flag_deck(stream(self.seed, self.la_code, "holders", first_census),
                            self._holder_share(first_census))
        headcount = round(y.workforce("inpost_headcount", self.scale))
        window_start = census_date(first_census - 1).toordinal() + 1
        for number in range(max(headcount, 2 * len(KINDS))):
            kind = KINDS[number] if number < len(KINDS) else _kind(r, shares)
            self._worker(kind, window_start - between(r, 30, 12 * 365), OPEN, False,
                         number < len(KINDS) or holding.draw())
        for year in self.census_years:
            y = self.profile.year(year)
            holding = flag_deck(stream(self.seed, self.la_code, "holders", year),
                                self._holder_share(year))
            day = census_date(year).toordinal()
            begin = census_date(year - 1).toordinal() + 1
            in_post = [w for w in self.workers if not w.agency and w.start < begin <= w.end
                       and w.registered]
            leavers = min(round(y.workforce("leavers_fte", self.scale) / fte), len(in_post))
            for worker in r.sample(in_post, leavers):
                worker.end = between(r, begin, day)
                worker.destination = r.choice(("1", "1", "3", "4", "5", "6", "7", "8"))
                worker.reason_leave = r.choice(("1", "1", "1", "1", "5", "7", "8", "9"))
            target = round(y.workforce("inpost_headcount", self.scale))
            staying = sum(1 for w in in_post if w.end > day)
            for _ in range(max(target - staying, 0)):
                worker = self._worker(_kind(r, shares), between(r, begin, day), OPEN, False,
                                      holding.draw())
                worker.origin = r.choice(("1", "1", "2", "2", "4", "5", "6", "8", "9"))
            agency = round(y.workforce("agency_fte", self.scale))
            for _ in range(agency):
                self._worker(_kind(r, shares), day - between(r, 7, 330),
                             day + between(r, 14, 330), True, True)
        support = max(3, round(sum(1 for w in self.workers if w.case_holder) * 0.12))
        for _ in range(support):
            self._worker("safeguarding", self.first - 365, OPEN, False, True, registered=False)

    # -- allocating cases --------------------------------------------------------------

    def allocate(self, children: list[Child], caseload: dict[int, float]) -> Staff:
        """Give every phase of every child a worker, in date order.

        A phase that follows on from the child's previous one keeps its worker if it is for
        the same team, or passes to the new team (a transfer); a case that closes ends the
        allocation; a worker who leaves hands every open case to a colleague that day.
        """
        all_phases = sorted((p for c in children for p in phases(c)),
                            key=lambda p: (p.start, p.child.index))
        support_share = self._support_share(all_phases, caseload)
        staff = Staff(self.workers)
        starts = {(p.child.index, p.start) for p in all_phases}
        events: list[tuple[int, int, int, object]] = []
        for order, phase in enumerate(all_phases):
            events.append((phase.start, 2, order, phase))
            events.append((phase.end, 1, order, phase))
        for worker in self.workers:
            if worker.end < OPEN:
                events.append((worker.end, 0, worker.index, worker))
        events.sort(key=lambda e: (e[0], e[1], e[2]))
        holders = [w for w in self.workers if w.case_holder and w.registered]
        by_kind = {k: [w for w in holders if w.kind == k] or holders for k in KINDS}
        support = [w for w in self.workers if not w.registered]
        current: dict[int, tuple[Phase, Allocation]] = {}
        held: dict[int, set[int]] = {}
        left: dict[int, int] = {}
        """Children whose worker left on the day their phase ended: the next worker's reason."""
        for day, what, _, item in events:
            if what == 0:
                assert isinstance(item, Worker)
                for child_index in sorted(held.pop(item.index, set())):
                    phase, allocation = current[child_index]
                    self._end(allocation, day, held, child_index)
                    if phase.end <= day:
                        del current[child_index]
                        left[child_index] = day
                        continue
                    pool = support if not item.registered else by_kind[phase.kind]
                    current[child_index] = (phase, self._give(staff, held, pool, phase.child,
                                                              day, "LEFTRL"))
                continue
            assert isinstance(item, Phase)
            child = item.child
            if what == 1:
                if (child.index, item.end) not in starts and child.index in current:
                    self._end(current.pop(child.index)[1], day, held, child.index)
                continue
            before = current.get(child.index)
            year = date.fromordinal(day).year
            to_support = (not item.social_worker and item.kind == "safeguarding"
                          and self.rng.random() < support_share.get(year, 0.0))
            if before is not None and before[0].kind == item.kind and (
                    before[1].worker.registered != to_support):
                current[child.index] = (item, before[1])
                continue
            if before is not None:
                self._end(before[1], day, held, child.index)
            pool = support if to_support else by_kind[item.kind]
            reason = ("TSPROC" if before is not None
                      else "LEFTRL" if left.pop(child.index, None) == day else "FCONTA")
            current[child.index] = (item, self._give(staff, held, pool, child, day, reason))
        return staff

    def _give(self, staff: Staff, held: dict[int, set[int]], pool: list[Worker], child: Child,
              day: int, reason: str) -> Allocation:
        worker = self._choose(pool, day)
        allocation = Allocation(worker, day, reason)
        worker.load += 1
        staff.allocations.setdefault(child.index, []).append(allocation)
        held.setdefault(worker.index, set()).add(child.index)
        return allocation

    @staticmethod
    def _end(allocation: Allocation, day: int, held: dict[int, set[int]],
             child_index: int) -> None:
        allocation.end = day
        allocation.worker.load -= 1
        held.get(allocation.worker.index, set()).discard(child_index)

    def _choose(self, pool: list[Worker], day: int) -> Worker:
        """The least loaded (per FTE) of a few workers of the pool in post on ``day``."""
        month = day // 30
        key = (id(pool), month)
        current = self.in_month.get(key)
        if current is None:
            current = self.in_month[key] = [w for w in pool
                                            if w.start < (month + 1) * 30 and w.end > month * 30]
        active = [w for w in (current[int(self.rng.random() * len(current))]
                              for _ in range(6)) if w.start <= day < w.end] if current else []
        if not active:
            active = [w for w in pool if w.start <= day < w.end] or pool
        return min(active[:4], key=lambda w: (w.load / w.fte, w.index))

    def _support_share(self, all_phases: list[Phase], caseload: dict[int, float]
                       ) -> dict[int, float]:
        """Share of new CIN-plan phases held by family support workers, by calendar year.

        Chosen so that social workers' cases at 30 September, over their FTE, give the
        census year's published caseload.
        """
        shares: dict[int, float] = {}
        for year in self.census_years:
            day = census_date(year).toordinal()
            open_phases = [p for p in all_phases if p.start <= day < p.end]
            optional = sum(1 for p in open_phases
                           if not p.social_worker and p.kind == "safeguarding")
            holders = sum(w.fte for w in self.workers
                          if w.case_holder and w.registered and w.start <= day < w.end)
            target = caseload[year] * holders
            share = (len(open_phases) - target) / optional if optional else 0.0
            shares[census_date(year).year] = min(max(share, 0.0), 0.9)
        return shares


def _kind(rng: random.Random, shares: dict[str, float]) -> str:
    kinds = list(shares)
    return rng.choices(kinds, [shares[k] for k in kinds])[0]


def census_years(start: int, end: int) -> list[int]:
    """Collection years whose 30 September census falls within the simulated days."""
    first = date.fromordinal(start).year + 1
    last = date.fromordinal(end).year + 1
    return [y for y in range(first, last + 1) if start <= census_date(y).toordinal() <= end]


def build_staff(seed: int, la_code: str, profile: Profile, scale: float, start: int, end: int,
                children: list[Child]) -> Staff:
    """The workers of the authority over the simulation, and who held each child's case."""
    years = census_years(start, end)
    workforce = Workforce(seed, la_code, profile, scale, start, end, years)
    middle = census_date(years[len(years) // 2]).toordinal()
    counts = dict.fromkeys(KINDS, 1.0)
    for child in children:
        for phase in phases(child):
            if phase.start <= middle < phase.end:
                counts[phase.kind] += 1
    workforce.build(counts)
    caseload = {y: profile.year(y).workforce("cases", 1.0)
                / profile.year(y).workforce("case_holders_fte", 1.0) for y in years}
    return workforce.allocate(children, caseload)
