"""The simulation of one authority: a calendar of events played in date order.

Events are (day, sequence, handler, arguments) on a heap, so that days are visited only when
something happens. Yearly events lay out the year's referrals and contacts, monthly events keep
children looked after on the year's figures, and the care service schedules its own events
(placement moves, legal status changes, adoption stages, 18th birthdays). A referral plays out
its whole episode when it arrives (see ``frontdoor``).

The simulation starts ``WARM_UP`` years before the first year written, with the children
already in care then (backdated), children known from earlier child protection plans and
young people who had already left care, so that the first written year already has a history
behind it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from cscmonitor.model import year_end, year_start
from cscmonitor.synth.calendar import working_days
from cscmonitor.synth.places import Places
from cscmonitor.synth.profile import Profile
from cscmonitor.synth.rng import stream
from cscmonitor.synth.sim.care import CareService
from cscmonitor.synth.sim.frontdoor import FrontDoor
from cscmonitor.synth.sim.people import People
from cscmonitor.synth.sim.state import CareEpisode, CarePeriod, Child, Episode, Plan
from cscmonitor.synth.sim.workforce import Staff, build_staff

WARM_UP = 2
MONTH_WEIGHTS = {4: 0.95, 5: 1.05, 6: 1.1, 7: 1.05, 8: 0.75, 9: 1.0, 10: 1.1, 11: 1.1, 12: 0.85,
                 1: 1.0, 2: 1.0, 3: 1.05}
"""Referrals by month: fewer in the school summer holiday and at Christmas."""
WEEKEND_WEIGHT = 0.12


@dataclass(frozen=True)
class Authority:
    """What the simulation needs to know about the authority it simulates."""

    la_code: str
    name: str
    profile: Profile
    scale: float
    """Its population over the profile's, for the last year simulated."""


@dataclass
class World:
    """Everything that happened in one authority, for the extracts to write out."""

    authority: Authority
    seed: int
    first_year: int
    last_year: int
    start: int
    end: int
    children: list[Child]
    staff: Staff | None = None


class Simulation:
    def __init__(self, authority: Authority, seed: int, first_year: int, last_year: int,
                 end: int | None = None) -> None:
        self.authority = authority
        self.seed = seed
        self.first_year = first_year
        self.last_year = last_year
        self.start = year_start(first_year - WARM_UP).toordinal()
        self.end = end if end is not None else year_end(last_year).toordinal()
        code = authority.la_code
        self.rng = stream(seed, code, "engine")
        self.heap: list[tuple[int, int, Callable[..., None], tuple[Any, ...]]] = []
        self.sequence = 0
        self.wd = working_days()
        self.people = People(seed, authority.profile, code, Places(code))
        self.door = FrontDoor(seed, code, authority.profile, authority.scale, self.people,
                              self.wd, self.schedule)
        self.care = CareService(seed, code, authority.profile, authority.scale, self.people,
                                self.door, self.wd, last_year, self.schedule)
        self.short_breaks: list[Child] = []

    def schedule(self, day: int, handler: Callable[..., None], *args: Any) -> None:
        if day > self.end:
            return
        self.sequence += 1
        heapq.heappush(self.heap, (day, self.sequence, handler, args))

    # -- yearly and monthly events -------------------------------------------------------

    def year_begins(self, day: int, year: int) -> None:
        profile = self.authority.profile
        y = profile.year(year)
        direct = self._direct_share() * y.count("cla_starts", self.authority.scale)
        referrals = round(y.count("referrals", self.authority.scale) - direct)
        days = list(range(day, year_end(year).toordinal() + 1))
        weights = [MONTH_WEIGHTS[date.fromordinal(d).month]
                   * (WEEKEND_WEIGHT if (d + 6) % 7 >= 5 else 1.0) for d in days]
        for when in sorted(self.rng.choices(days, weights, k=referrals)):
            self.schedule(when, self.referral)
        contacts = round(referrals * (profile.number("contacts_per_referral") - 1))
        for when in sorted(self.rng.choices(days, weights, k=contacts)):
            self._contact_only(when)
        self._top_up_short_breaks(day, year)
        self.care.new_year(year)
        if year < self.last_year:
            self.schedule(year_start(year + 1).toordinal(), self.year_begins, year + 1)

    def _direct_share(self) -> float:
        """Share of starts in care that come with their own referral (UASC, emergencies).

        Those referrals count in the year's total, so the front door schedules fewer.
        """
        profile = self.authority.profile
        uasc = profile.number("uasc_share_of_starts")
        routes = profile.weights("care_entry_route")
        return uasc + (1 - uasc) * routes["new_referral"] / sum(routes.values())

    def month_begins(self, day: int) -> None:
        first = date.fromordinal(day)
        following = date(first.year + (first.month == 12), first.month % 12 + 1, 1).toordinal()
        months_in = (first.month - 4) % 12 + 1
        self.door.month(day, following, months_in)
        self.care.month(day, following, months_in)
        self.schedule(following, self.month_begins)

    # -- front door ----------------------------------------------------------------------

    def referral(self, day: int) -> None:
        child, episode = self.door.refer(day)
        contact = day - self.rng.choice((0, 0, 0, 1, 2))
        child.contacts.append((max(contact, min(day, child.dob)), episode.source))
        if episode.need not in (None, "N9"):
            self.care.register(child)
        if episode.reason == "RC9" and episode.closure is not None:
            begun = episode.closure + self.rng.randint(0, 10)
            child.early_help.append((begun, begun + self.rng.randint(20, 70)))

    def _contact_only(self, day: int) -> None:
        """A contact that does not become a referral: advice, signposting or early help."""
        children = self.people.children
        child: Child | None = None
        if children and self.rng.random() < 0.35:
            known = children[self.rng.randrange(len(children))]
            if 0 <= known.age_on(day) < 17.5 and known.open_until < day:
                child = known
        if child is None:
            band = self.people.ages.draw()
            child = self.people.new(day, band="under1" if band == "unborn" else band,
                                    contact_only=True)
        source = self.door.decks.pick("contact_source", 0, self.door.sources)
        child.contacts.append((day, source))
        if self.rng.random() < 0.22:
            begun = day + self.rng.randint(3, 20)
            child.early_help.append((begun, begun + self.rng.randint(20, 90)))

    def _top_up_short_breaks(self, day: int, year: int) -> None:
        """Disabled children having series of short breaks (V3/V4), an open CIN plan each."""
        target = round(self.authority.profile.number("short_break_children_per_10k")
                       * self.authority.profile.year(year).values["population"]
                       * self.authority.scale / 10_000)
        active = [c for c in self.short_breaks if c.birthday(18) > day + 365]
        for _ in range(max(target - len(active), 0)):
            child = self.people.new(day, age_days=self.rng.randint(5 * 365, 15 * 365))
            if child.disabilities == ("NONE",):
                child.disabilities = ("LD",)
            referral = day - self.rng.randint(30, 900)
            child.last_referral = referral
            closes = child.birthday(18) - 1
            episode = Episode(referral=referral, source="3F", nfa=False, need="N2",
                              closure=closes, reason="RC6")
            episode.plans.append(Plan(referral + self.rng.randint(30, 60), closes))
            child.episodes.append(episode)
            child.open_until = closes
            self._short_breaks(child, day, closes)
            self.short_breaks.append(child)

    def _short_breaks(self, child: Child, first: int, last: int) -> None:
        """Stays of 2 to 4 nights every 4 to 8 weeks, with one carer, until ``last``.

        Recorded the two ways DfE allows, one way per child so that V3 and V4 never meet in a
        year: each stay as its own episode (V3), or each agreement (reviewed yearly) as one
        episode from its first stay to its last (V4), the child living at home in between.
        """
        agreements = self.rng.random() < self.authority.profile.number(
            "short_break_agreement_share")
        code = "U6" if agreements and self.rng.random() < 0.3 else "K2"
        place = self.care.providers.place(code, child.home_postcode)
        stays: list[tuple[int, int]] = []
        stay = first + self.rng.randint(0, 40)
        while stay < min(last, self.end):
            nights = self.rng.randint(2, 4)
            stays.append((stay, stay + nights))
            stay += nights + self.rng.randint(28, 56)
        spells: list[tuple[int, int | None]] = list(stays)
        if agreements:
            spells = list(_agreements(stays))
            if last > self.end and spells:  # the current agreement outlives the simulation
                spells[-1] = (spells[-1][0], None)
        for start, end in spells:
            ended = end is not None and end <= self.end
            episode = CareEpisode(start=start, reason_new="S",
                                  legal_status="V4" if agreements else "V3", placement=code,
                                  provider=place.provider, postcode=None, urn=None,
                                  la=place.la, end=end if ended else None,
                                  reason_end="E4A" if ended else None)
            child.care.append(CarePeriod(start=start, need="N2", episodes=[episode],
                                         short_break=True))

    # -- history before the simulation ---------------------------------------------------

    def seed_history(self) -> None:
        profile = self.authority.profile
        scale = self.authority.scale
        first = profile.year(self.first_year - WARM_UP)
        before = profile.year(self.first_year - WARM_UP - 1)
        self.care.seed_stock(self.start, first.count("cla_at31", scale)
                             - first.count("cla_starts", scale)
                             + first.count("cla_ceased", scale))
        for _ in range(before.count("cpp_starts", scale) * 3):
            child = self.people.new(self.start - self.rng.randint(400, 2500))
            if child.dob > self.start - 400:
                continue
            child.plans_before = self.rng.choice((1, 1, 1, 2))
            child.last_referral = self.start - self.rng.randint(380, 2000)
            self.door.with_plans.append(child)
        leavers = round(before.count("cla_at31", scale) * 0.11 * 3)
        for _ in range(leavers):
            self._past_leaver()

    def _past_leaver(self) -> None:
        """A young person who left care at 16 or 17 in the three years before the start."""
        age_now = self.rng.randint(16 * 365, 20 * 365)
        child = self.people.new(self.start, age_days=age_now)
        left = max(child.birthday(16) + self.rng.randint(0, 600), self.start - 3 * 365)
        left = min(left, child.birthday(18) - 1, self.start - 1)
        if left < child.birthday(16):
            return
        entered = left - self.rng.randint(200, 1500)
        episode = Episode(referral=entered - 20, source="6", nfa=False, need="N1")
        child.episodes.append(episode)
        child.last_referral = entered - 20
        period = self.care.start(child, episode, entered, "V2", count=False, adoption=False)
        reason = self.rng.choice(("E5", "E5", "E6", "E8", "E13", "E4A"))
        self.care.leave(left, child, period, reason)

    # -- run -----------------------------------------------------------------------------

    def run(self) -> World:
        self.seed_history()
        self.schedule(self.start, self.year_begins, self.first_year - WARM_UP)
        self.schedule(self.start, self.month_begins)
        while self.heap:
            day, _, handler, args = heapq.heappop(self.heap)
            handler(day, *args)
        world = World(self.authority, self.seed, self.first_year, self.last_year, self.start,
                      self.end, self.people.children)
        world.staff = build_staff(self.seed, self.authority.la_code, self.authority.profile,
                                  self.authority.scale, self.start, self.end,
                                  self.people.children)
        return world


def _agreements(stays: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group stays into yearly agreements: (first stay's start, last stay's end) each."""
    spans: list[tuple[int, int]] = []
    for start, end in stays:
        if spans and start < spans[-1][0] + 365:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def simulate(authority: Authority, seed: int, first_year: int, last_year: int,
             end: int | None = None) -> World:
    return Simulation(authority, seed, first_year, last_year, end).run()
