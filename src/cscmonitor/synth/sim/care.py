"""Children looked after: starting care, placements, legal status, adoption and leaving care.

How many children start and stop being looked after each month follows the year's published
starts and ceased: a monthly event works out how many more entries and exits the year needs
by the end of that month and schedules them on random days. Who enters is chosen then, from
children with open cases (on a protection plan or a CIN plan, or being assessed), from new
referrals straight into care, and from unaccompanied asylum-seeking children arriving at 15 to
17; who leaves is chosen by how likely each child is to go home or to a special guardian,
given their age, time in care and legal status. Exits that are already set (adoption orders,
18th birthdays, remands ending) count towards the month's total.

Placement moves come from two sources. A minority of children have unstable care (they move
several times a year); each April the year's share of them is re-chosen among the children in
care, keeping those already unstable first, so that the share with three or more placements
follows the published figure. Other children stay put unless their care plan moves them: a
first, bridging placement; a move on to supported accommodation at 16 or 17; and moves among
children in care for two and a half years, who are moved in the number that gives the year's
published long-term stability. Legal status moves on as proceedings do
(police protection to an interim care order within 72 hours, interim to full care order or a
placement order), and young children whose plan is adoption go through the decision, the
placement order, matching, placement and the adoption order.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from cscmonitor.model import year_end, year_start
from cscmonitor.synth.calendar import WorkingDays
from cscmonitor.synth.calendar import collection_year as year_containing
from cscmonitor.synth.profile import Profile
from cscmonitor.synth.rng import between, stream
from cscmonitor.synth.sim.calibrated import Decks
from cscmonitor.synth.sim.frontdoor import FrontDoor, stop_activity
from cscmonitor.synth.sim.people import People
from cscmonitor.synth.sim.placements import Providers
from cscmonitor.synth.sim.state import (
    OPEN,
    Adoption,
    CareEpisode,
    CarePeriod,
    Child,
    Episode,
    Plan,
)

Schedule = Callable[..., None]
"""``schedule(day, handler, *args)``: run ``handler(day, *args)`` on that day."""

UNSTABLE_MOVES = 3.0
"""Placement moves a year for a child with an unstable care history."""
BRIDGING = 0.35
"""Share of new entrants whose first placement is a planned short one."""
INDEPENDENCE = 0.35
"""Share of children in care before 16 who move on to semi-independence at 16 or 17."""
LONG_TERM = int(2.5 * 365)
"""Days in care after which a child under 16 counts in long-term stability."""
PLACE_CHANGE = {"CARPL": 75, "CREQB": 6, "CHILD": 5, "ALLEG": 2, "STAND": 2, "CLOSE": 2,
                "LAREQ": 3, "APPRR": 1, "CREQO": 2, "OTHER": 2}
CLOSURE_BY_EXIT = {"E11": "RC1", "E12": "RC1", "E41": "RC3", "E45": "RC4", "E46": "RC4",
                   "E47": "RC4", "E48": "RC4", "E3": "RC5", "E7": "RC6", "E2": "RC2"}
RETURN_HOME = frozenset({"E4A", "E4B", "E13"})


def unstable_share(three_plus: float) -> float:
    """Share of unstable children that gives ``three_plus`` with three or more placements.

    An unstable child in care all year has at least two moves (three placements) with
    probability P(N >= 2) for N ~ Poisson(UNSTABLE_MOVES); one who started in the year (about
    a quarter) has half the time. Stable children rarely reach three.
    """
    rate = UNSTABLE_MOVES

    def at_least_two(mean: float) -> float:
        return 1.0 - math.exp(-mean) * (1 + mean)

    reach = 0.75 * at_least_two(rate) + 0.25 * at_least_two(rate / 2)
    return min(max(three_plus / reach, 0.0), 0.6)


class CareService:
    """The looked-after children of one authority."""

    def __init__(self, seed: int, la_code: str, profile: Profile, scale: float,
                 people: People, door: FrontDoor, wd: WorkingDays, last_year: int,
                 schedule: Schedule) -> None:
        self.profile = profile
        self.scale = scale
        self.people = people
        self.door = door
        self.wd = wd
        self.last_year = last_year
        self.schedule = schedule
        self.rng = stream(seed, la_code, "care")
        self.decks = Decks(seed, la_code + "/care")
        self.providers = Providers(stream(seed, la_code, "providers"), people.places)
        self.in_care: list[Child] = []
        self.position: dict[int, int] = {}
        self.candidates: list[Child] = []
        self.started: dict[int, int] = {}
        self.ceased: dict[int, int] = {}
        self.unstable_by_year: dict[int, float] = {}

    # -- bookkeeping ---------------------------------------------------------------------

    def register(self, child: Child) -> None:
        """A child with an open case, who might come into care later."""
        self.candidates.append(child)

    def _add(self, child: Child) -> None:
        self.position[child.index] = len(self.in_care)
        self.in_care.append(child)

    def _remove(self, child: Child) -> None:
        at = self.position.pop(child.index)
        last = self.in_care.pop()
        if last is not child:
            self.in_care[at] = last
            self.position[last.index] = at

    def unstable_share(self, year: int) -> float:
        found = self.unstable_by_year.get(year)
        if found is None:
            found = self.unstable_by_year[year] = unstable_share(
                self.profile.year(year).share("three_plus_placements_percent"))
        return found

    # -- monthly quotas ------------------------------------------------------------------

    def new_year(self, year: int) -> None:
        """Choose the year's unstable children: last year's first, then others at random."""
        if not self.in_care:
            return
        ranked = sorted(self.in_care, key=lambda c: (not c.care[-1].unstable,
                                                      self.rng.random(), c.index))
        wanted = round(self.unstable_share(year) * len(ranked))
        day = year_start(year).toordinal()
        for number, child in enumerate(ranked):
            period = child.care[-1]
            was = period.unstable
            period.unstable = number < wanted and period.adoption is None
            if period.unstable and not was:
                self._next_move(child, period, day)

    def _keep_long_term_stability(self, day: int, following: int, months_in: int,
                                  year: int) -> None:
        """Move enough long-term children this month for the year's published stability.

        At 31 March the figure counts children under 16 in care for 2.5 years, and how many
        of them have been with the same carer for 2 years; the moves still missing for the
        year's figure are spread over the months left.
        """
        ref = year_end(year).toordinal()
        group = [c for c in self.in_care if c.care[-1].start <= ref - LONG_TERM
                 and ref - c.dob < 16 * 365 and _scheduled_exit(c) > ref]
        since = ref - 2 * 365
        moved = [c for c in group if _placement_start(c.care[-1]) > since]
        target = round((1 - self.profile.year(year).share("long_term_stability_percent"))
                       * len(group))
        left = 13 - months_in
        still = [c for c in group if _placement_start(c.care[-1]) <= since
                 and c.care[-1].adoption is None]
        count = min(math.ceil(max(target - len(moved), 0) / left), len(still))
        for child in self.rng.sample(still, count):
            self.schedule(between(self.rng, day, following - 1), self.move, child,
                          child.care[-1], False)

    def month(self, day: int, following: int, months_in: int) -> None:
        """Schedule the entries, exits and moves this month needs to keep the year's figures."""
        year = year_containing(day)
        y = self.profile.year(year)
        self._keep_long_term_stability(day, following, months_in, year)
        due_starts = round(y.count("cla_starts", self.scale) * months_in / 12)
        for _ in range(max(due_starts - self.started.get(year, 0), 0)):
            self.schedule(between(self.rng, day, following - 1), self.enter)
        forced = sum(1 for c in self.in_care if day <= _scheduled_exit(c) < following)
        due_exits = round(y.count("cla_ceased", self.scale) * months_in / 12)
        before = self.profile.year(year - 1).count("cla_at31", self.scale)
        path = before + (y.count("cla_at31", self.scale) - before) * (months_in - 1) / 12
        drift = min(max(round((len(self.in_care) - path) / 4), -2), 2)
        for _ in range(max(due_exits - self.ceased.get(year, 0) - forced + drift, 0)):
            self.schedule(between(self.rng, day, following - 1), self.exit_one)

    # -- entering care -------------------------------------------------------------------

    def enter(self, day: int) -> None:
        year = year_containing(day)
        uasc_share = self.profile.number("uasc_share_of_starts")
        if self.decks.flag("uasc", year, uasc_share):
            self.uasc_arrives(day)
            return
        route = self.decks.pick("route", year, self.profile.weights("care_entry_route"))
        band = self.decks.pick("start_age", year, self.profile.weights("care_start_age"))
        child = None if route == "new_referral" else self._candidate(day, route, band)
        if child is None:
            child, _ = self.door.refer(day, band=band)
            self.register(child)
        episode = child.episodes[-1]
        status = self.decks.pick("legal", year, self.profile.weights("care_entry_legal_status"))
        self.start(child, episode, day, status)

    def _candidate(self, day: int, route: str, band: str) -> Child | None:
        low, high = _AGE_DAYS[band]
        pool = self.candidates
        for attempt in range(120):
            if not pool:
                return None
            at = self.rng.randrange(len(pool))
            child = pool[at]
            episode = child.episodes[-1]
            if not (episode.referral < day < episode.end) or (child.care and child.care[-1].open):
                pool[at] = pool[-1]
                pool.pop()
                continue
            if not (low <= day - child.dob <= high) and attempt < 100:
                continue
            protection = any(p.start < day < (p.end or OPEN) for p in episode.protection)
            if (route == "cp_plan") != protection and attempt < 80:
                continue
            if day - child.dob > 17 * 365 + 120 or day - child.dob < 0:
                continue
            return child
        return None

    def uasc_arrives(self, day: int) -> None:
        age = self.rng.choice((15, 16, 16, 17, 17, 17)) * 365 + self.rng.randint(0, 300)
        sex = "M" if self.rng.random() < 0.92 else "F"
        child = self.people.new(day, age_days=age, sex=sex)
        child.uasc = True
        child, episode = self.door.refer(day, source=self.rng.choice(("6", "7", "5C")),
                                         child=child)
        episode.need = "N8"
        for assessment in episode.assessments:
            assessment.factors = tuple(sorted({*assessment.factors, "9A"}))
        self.register(child)
        self.start(child, episode, day, "V2")

    def start(self, child: Child, episode: Episode, day: int, status: str,
              count: bool = True, adoption: bool = True) -> CarePeriod:
        """``child`` starts to be looked after on ``day`` within the open ``episode``.

        ``count`` is False for the backdated children the simulation starts with, who are
        not part of any year's starts; nor do they begin on the adoption track.
        """
        year = year_containing(day)
        age = day - child.dob
        if status in ("J1", "J2") and age < 10 * 365:
            status = "V2"
        stop_activity(episode, day, assessments=False)
        episode.closure, episode.reason = None, None
        episode.token += 1
        child.open_until = OPEN
        if count:
            self.started[year] = self.started.get(year, 0) + 1
        unstable = self.unstable_share(year)
        need = episode.need if episode.need not in (None, "N9") else "N1"
        period = CarePeriod(start=day, need=need or "N1", episodes=[],
                            unstable=self.decks.flag("unstable", year, unstable),
                            previous_permanence=self._previous_permanence(year))
        child.care.append(period)
        band = _placement_band(child, day)
        code = self.providers.choose_code(band, year, self._last_year_in_care(child))
        if code == "P1" and status == "V2":
            code = "U6"
        self._new_episode(child, period, day, "S", status, code)
        self._add(child)
        self._plan_legal(child, period, day, status)
        if adoption:
            self._plan_adoption(child, period, day, status)
        if self.rng.random() < BRIDGING and period.adoption is None:
            self.schedule(day + self.rng.randint(20, 180), self.move, child, period, True)
        sixteen = child.birthday(16)
        if day < sixteen and self.rng.random() < INDEPENDENCE:
            self.schedule(sixteen + self.rng.randint(150, 500), self.move, child, period, True)
        self._next_move(child, period, day)
        self._plan_birthday(child, period)
        if child.uasc and self.rng.random() < 0.02:
            self._set_exit(child, period, day + self.rng.randint(30, 120), "E15")
        return period

    def _previous_permanence(self, year: int) -> str:
        return self.decks.pick("previous_permanence", year,
                               {"Z1": 88, "P1": 2, "P2": 3, "P3": 2, "P4": 5})

    def _last_year_in_care(self, child: Child) -> int:
        """The last return a placement of this child can appear in: its 18th birthday's."""
        return min(year_containing(child.birthday(18)), self.last_year)

    def _new_episode(self, child: Child, period: CarePeriod, day: int, reason: str,
                     status: str, code: str) -> None:
        placement = self.providers.place(code, child.home_postcode)
        if period.episodes:
            last = period.episodes[-1]
            for _ in range(5):
                if (placement.place, placement.postcode, placement.urn) != (
                        last.placement, last.postcode, last.urn):
                    break
                placement = self.providers.place(code, child.home_postcode)
        period.episodes.append(CareEpisode(
            start=day, reason_new=reason, legal_status=status, placement=code,
            provider=placement.provider, postcode=placement.postcode, urn=placement.urn,
            la=placement.la))

    def _close_episode(self, period: CarePeriod, day: int, reason: str,
                       place_change: str | None = None) -> CareEpisode:
        last = period.episodes[-1]
        last.end, last.reason_end, last.reason_place_change = day, reason, place_change
        return last

    # -- changes during care -------------------------------------------------------------

    def _active(self, child: Child, period: CarePeriod, day: int) -> bool:
        return (period.open and child.care[-1] is period and day > period.episodes[-1].start
                and day < _scheduled_exit(child) - 7)

    def _next_move(self, child: Child, period: CarePeriod, day: int) -> None:
        """An unstable child's next unplanned move."""
        if period.unstable and period.adoption is None:
            wait = int(self.rng.expovariate(UNSTABLE_MOVES / 365)) + 1
            self.schedule(day + wait, self.move, child, period, False)

    def move(self, day: int, child: Child, period: CarePeriod, planned: bool) -> None:
        """A change of placement and carer (RNE P)."""
        if not self._active(child, period, day) or period.episodes[-1].placement.startswith("A"):
            return
        last = period.episodes[-1]
        band = _placement_band(child, day)
        year = year_containing(day)
        code = self.providers.choose_code(band, year, self._last_year_in_care(child))
        if code == "P1" and (last.legal_status == "V2" or last.placement == "P1"):
            code = "U6"
        reason = "CARPL" if planned else self.decks.pick("place_change", year, PLACE_CHANGE)
        self._close_episode(period, day, "X1", reason)
        self._new_episode(child, period, day, "P", last.legal_status, code)
        if not planned:
            self._next_move(child, period, day)

    def legal(self, day: int, child: Child, period: CarePeriod, status: str) -> None:
        """A change of legal status only (RNE L): the placement carries on."""
        if not self._active(child, period, day):
            return
        last = period.episodes[-1]
        if last.legal_status == status or last.legal_status == "E1":
            return  # a placement order stands until the adoption order (or care ends)
        if last.placement == "P1" and status == "V2":
            status = "C1"
        self._close_episode(period, day, "X1")
        period.episodes.append(CareEpisode(
            start=day, reason_new="L", legal_status=status, placement=last.placement,
            provider=last.provider, postcode=last.postcode, urn=last.urn,
            la=last.la))
        self._plan_legal(child, period, day, status)

    def _plan_legal(self, child: Child, period: CarePeriod, day: int, status: str) -> None:
        r = self.rng
        if status == "L1":
            self.schedule(day + r.randint(1, 3), self.legal, child, period,
                          "C1" if r.random() < 0.6 else "V2")
        elif status == "L2":
            self.schedule(day + r.randint(5, 20), self.legal, child, period,
                          "C1" if r.random() < 0.9 else "V2")
        elif status == "C1" and period.adoption is None:
            self.schedule(day + r.randint(150, 420), self.legal, child, period, "C2")
        elif status == "V2" and not child.uasc and r.random() < 0.25:
            self.schedule(day + r.randint(30, 300), self.legal, child, period, "C1")
        elif status == "J1":
            self._set_exit(child, period, day + r.randint(10, 90), "E14")

    # -- adoption ------------------------------------------------------------------------

    def _plan_adoption(self, child: Child, period: CarePeriod, day: int, status: str) -> None:
        year = year_containing(day)
        if day - child.dob >= 5 * 365 or status not in ("C1", "L1", "L2") or child.uasc:
            return
        if not self.decks.flag("adoption", year,
                               self.profile.number("adoption_track_percent_under5") / 100):
            return
        r = self.rng
        decision = self.wd.on_or_after(day + r.randint(120, 300))
        track = Adoption(decision=decision)
        period.adoption = track
        if self.decks.flag("adoption_reversed", year,
                           self.profile.number("adoption_reversed_percent") / 100):
            track.reversed_on = decision + r.randint(60, 250)
            track.reversed_reason = r.choice(("RD1", "RD2", "RD2", "RD3", "RD4"))
            self.schedule(track.reversed_on + r.randint(20, 120), self.legal, child, period,
                          "C2")
            return
        track.placement_order = self.wd.on_or_after(decision + r.randint(30, 150))
        track.matched = self.wd.on_or_after(track.placement_order + r.randint(60, 300))
        track.placed = track.matched + r.randint(7, 28)
        track.adopted = self.wd.on_or_after(track.placed + r.randint(150, 330))
        couples = (("MF", "L11", 55), ("MF", "L3", 15), ("FF", "L12", 5), ("MM", "L12", 4),
                   ("FF", "L2", 2), ("MM", "L4", 2), ("F1", "L0", 14), ("M1", "L0", 3))
        track.adopters, track.adopters_status, _ = r.choices(couples, [c[2] for c in couples])[0]
        self.schedule(track.placement_order, self.legal, child, period, "E1")
        self.schedule(track.placed, self.placed_for_adoption, child, period)
        self._set_exit(child, period, track.adopted, "E11" if r.random() < 0.7 else "E12")

    def placed_for_adoption(self, day: int, child: Child, period: CarePeriod) -> None:
        track = period.adoption
        if track is None or not self._active(child, period, day):
            return
        last = period.episodes[-1]
        foster = last.placement in ("U5", "U2") or (
            last.placement.startswith("U") and self.rng.random() < 0.12)
        track.with_foster_carer = foster
        order = last.legal_status == "E1"
        code = ("A5" if order else "A3") if foster else ("A6" if order else "A4")
        self._close_episode(period, day, "X1", "CARPL")
        if foster:
            period.episodes.append(CareEpisode(
                start=day, reason_new="T", legal_status=last.legal_status, placement=code,
                provider=last.provider, postcode=last.postcode, urn=last.urn,
                la=last.la))
        else:
            self._new_episode(child, period, day, "P", last.legal_status, code)

    # -- leaving care --------------------------------------------------------------------

    def _set_exit(self, child: Child, period: CarePeriod, day: int, reason: str) -> None:
        if period.exit_day is not None and period.exit_day <= day:
            return
        period.exit_day = day
        self.schedule(day, self.leave, child, period, reason, True)

    def _plan_birthday(self, child: Child, period: CarePeriod) -> None:
        self.schedule(child.birthday(18), self.turn_eighteen, child, period)

    def turn_eighteen(self, day: int, child: Child, period: CarePeriod) -> None:
        if not period.open or child.care[-1] is not period:
            return
        year = year_containing(day)
        reason = self.decks.pick("exit18", year, self.profile.weights("care_exit_at_18"))
        if reason == "E17" and not period.episodes[-1].placement.startswith("U"):
            reason = "E5"
        self.leave(day, child, period, reason)

    def exit_one(self, day: int) -> None:
        """A quota exit: among a sample of children in care, pick one likely to leave now."""
        year = year_containing(day)
        if not self.in_care:
            return
        sample = [self.in_care[int(self.rng.random() * len(self.in_care))] for _ in range(60)]
        candidates = [c for c in sample if c.care[-1].exit_day is None and (
            c.care[-1].adoption is None or c.care[-1].adoption.reversed_on is not None)]
        weights = [_exit_weight(c, c.care[-1], day) for c in candidates]
        if not candidates or not any(weights):
            return
        child = self.rng.choices(candidates, weights)[0]
        period = child.care[-1]
        self.leave(day, child, period, self._exit_reason(child, period, day, year))

    def _exit_reason(self, child: Child, period: CarePeriod, day: int, year: int) -> str:
        mix = self.profile.weights("care_exit_reason")
        age = (day - child.dob) / 365.25
        status = period.episodes[-1].legal_status
        for _ in range(50):
            reason = self.decks.pick("exit", year, mix)
            if reason in ("E5", "E6") and age < 16:
                continue
            if reason in ("E41", "E45", "E46", "E47", "E48") and (age >= 16 or status == "V2"):
                continue
            if reason == "E14" and status != "J1":
                continue
            if reason == "E9" and age < 12:
                continue
            if reason in ("E45", "E46") and not period.episodes[-1].placement.startswith("U"):
                continue
            return reason
        return "E4A"

    def leave(self, day: int, child: Child, period: CarePeriod, reason: str,
              scheduled: bool = False) -> None:
        """``child`` ceases to be looked after on ``day``.

        A scheduled exit only happens if it is still the one set (a later plan may replace it).
        """
        if child.care[-1] is not period or not period.open:
            return
        if scheduled and period.exit_day != day:
            return
        day = max(day, period.episodes[-1].start + 1)
        period.exit_day = None
        track = period.adoption
        if track is not None and track.decision > day:
            period.adoption = None  # left care before the adoption decision was made
        elif track is not None and track.reversed_on is not None and track.reversed_on > day:
            track.reversed_on = day  # the decision lapses with care, not after it
        self._close_episode(period, day, reason)
        if child.index in self.position:
            self._remove(child)
        year = year_containing(day)
        self.ceased[year] = self.ceased.get(year, 0) + 1
        self._after_care(child, day, reason)

    def _after_care(self, child: Child, day: int, reason: str) -> None:
        """The CIN episode carries on after a return home, else closes with care.

        It never closes before an assessment in progress ends, nor after the 18th birthday.
        """
        episode = child.episodes[-1]
        closure_reason = CLOSURE_BY_EXIT.get(reason, "RC7")
        last_day = child.birthday(18) - 1
        end = max([day, *(a.authorised for a in episode.assessments)])
        if reason in RETURN_HOME and last_day - day > 200:
            length = self.rng.randint(90, 300)
            episode.plans.append(Plan(day + 1, day + 1 + length))
            end = day + 1 + length + self.rng.randint(1, 20)
        closure = max(min(end, last_day), day)
        stop_activity(episode, closure)
        episode.closure, episode.reason = closure, closure_reason
        child.open_until = closure
        self.door.schedule_close(child, episode)

    # -- the stock at the start ----------------------------------------------------------

    def seed_stock(self, start: int, count: int) -> None:
        """Children already in care when the simulation starts, with backdated histories."""
        ages = {"under1": 5, "1-4": 14, "5-9": 19, "10-15": 38, "16-17": 24}
        deck_rng = self.rng
        for _ in range(count):
            band = deck_rng.choices(list(ages), list(ages.values()))[0]
            low, high = _AGE_DAYS[band]
            age = deck_rng.randint(max(low, 30), high)
            in_care = min(int(deck_rng.expovariate(1 / (2.8 * 365))), age - 10)
            entered = start - max(in_care, 1)
            child = self.people.new(start, age_days=age)
            referral = entered - deck_rng.randint(0, 60)
            need = deck_rng.choice(("N1", "N1", "N1", "N2", "N4", "N5", "N5", "N8"))
            episode = Episode(referral=referral, source=deck_rng.choice(("6", "2A", "3A", "5A")),
                              nfa=False, need=need)
            child.episodes.append(episode)
            child.last_referral = referral
            status = "C2" if in_care > 400 else deck_rng.choice(("C1", "V2", "C1"))
            self.start(child, episode, entered, status, count=False, adoption=False)


_AGE_DAYS = {"under1": (0, 364), "1-4": (365, 1825), "5-9": (1826, 3652),
             "10-15": (3653, 5843), "16-17": (5844, 6480)}


def _placement_band(child: Child, day: int) -> str:
    age = (day - child.dob) / 365.25
    if child.uasc:
        return "uasc-16-17" if age >= 16 else "uasc-under16"
    if age < 5:
        return "0-4"
    if age < 10:
        return "5-9"
    return "10-15" if age < 16 else "16-17"


def _exit_weight(child: Child, period: CarePeriod, day: int) -> float:
    """How likely a child is to leave care now, relative to others (none at 17.75+)."""
    age = (day - child.dob) / 365.25
    if age >= 17.75 or day - period.episodes[-1].start < 2:
        return 0.0
    months = (day - period.start) / 30.4
    weight = 3.0 if months < 3 else 1.6 if months < 12 else 0.9 if months < 36 else 0.35
    status = period.episodes[-1].legal_status
    if status == "V2":
        weight *= 1.8
    if status in ("C1", "L1", "L2"):
        weight *= 0.6
    if 16 <= age < 17.75:
        weight *= 1.4
    return weight


def _placement_start(period: CarePeriod) -> int:
    """When the child's current carer started: the last episode with a new placement."""
    return max((e.start for e in period.episodes if e.reason_new in ("S", "P", "B")),
               default=period.start)


def _scheduled_exit(child: Child) -> int:
    """The day the child's care is already set to end (an exit or the 18th birthday)."""
    period = child.care[-1]
    return min(period.exit_day if period.exit_day is not None else OPEN, child.birthday(18))
