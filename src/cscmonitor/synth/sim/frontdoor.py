"""The front door: contacts and referrals, and each CIN episode they open.

A referral's whole course is decided when it arrives, in the order a real one unfolds: whether
it is taken further, the strategy discussion and section 47 enquiry, the initial conference
(working days later), the child protection plan with its reviews, the assessment and its
authorisation, a CIN plan, and the closure. The child is chosen after the course is known, so
that re-referrals and repeat protection plans go to children with that history: a child whose
last referral was within the year for a re-referral, a child with an earlier plan for a repeat
plan. Everything dated after the simulation's end simply has not happened yet in any return.

Care (``care.CareService``) may later take over an open episode: it ends the plans and keeps
the episode open until the child leaves care.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable

from cscmonitor.synth.calendar import WorkingDays
from cscmonitor.synth.calendar import collection_year as year_containing
from cscmonitor.synth.profile import (
    ASSESSMENT_DAY_BINS,
    CPP_DURATION_BINS,
    ICPC_DAY_BINS,
    Profile,
)
from cscmonitor.synth.rng import between, stream
from cscmonitor.synth.sim.calibrated import Decks, Rates, rates
from cscmonitor.synth.sim.people import People
from cscmonitor.synth.sim.state import (
    OPEN,
    Assessment,
    Child,
    Episode,
    Plan,
    ProtectionPlan,
    Section47,
)

Schedule = Callable[..., None]

RECENT = 360
"""A re-referral's previous referral is at most this many days earlier (DfE: 12 months)."""
NOT_RECENT = 372
"""A first-time-this-year referral's previous referral is at least this many days earlier."""
OLDEST_REFERRED = 17.6
"""Age above which a known child is not picked for a new referral (services end at 18)."""
TRIES = 30


class FrontDoor:
    """Referrals for one authority, chosen and played out in date order."""

    def __init__(self, seed: int, la_code: str, profile: Profile, scale: float,
                 people: People, wd: WorkingDays, schedule: Schedule) -> None:
        self.schedule = schedule
        self.profile = profile
        self.scale = scale
        self.people = people
        self.wd = wd
        self.decks = Decks(seed, la_code)
        self.rng = stream(seed, la_code, "frontdoor")
        self.rates: dict[int, Rates] = {}
        self.recent: list[Child] = []
        self.recent_from = 0
        self.with_plans: list[Child] = []
        self.protected: list[tuple[Child, Episode, ProtectionPlan]] = []
        self.closing: list[tuple[int, int, int, Child, Episode]] = []
        self.sequence = 0
        self.sources = profile.weights("referral_source")
        self.needs = profile.weights("primary_need")
        self.categories = profile.weights("category_of_abuse")
        self.closures = profile.weights("not_in_need_closure")
        self.factor_codes = list(profile.weights("assessment_factor"))
        self.factor_weights = list(profile.weights("assessment_factor").values())
        self.factors_mean = profile.number("factors_per_assessment")

    def year_rates(self, year: int) -> Rates:
        found = self.rates.get(year)
        if found is None:
            found = self.rates[year] = rates(self.profile, year, self.scale)
        return found

    # -- pools ---------------------------------------------------------------------------

    def schedule_close(self, child: Child, episode: Episode) -> None:
        """Put the episode's closure on the list that feeds the re-referral pool."""
        assert episode.closure is not None
        self.sequence += 1
        heapq.heappush(self.closing, (episode.closure, self.sequence, episode.token, child,
                                      episode))

    def _release(self, day: int) -> None:
        """Episodes closed before ``day`` make their children available for re-referral."""
        while self.closing and self.closing[0][0] < day:
            _, _, token, child, episode = heapq.heappop(self.closing)
            if token == episode.token and episode.closure is not None:
                self.recent.append(child)
        while self.recent_from < len(self.recent) and (
                self.recent[self.recent_from].last_referral < day - RECENT):
            self.recent_from += 1
        if self.recent_from > 4096:
            del self.recent[:self.recent_from]
            self.recent_from = 0

    def _available(self, child: Child, day: int) -> bool:
        return child.open_until < day - 1 and 0 <= child.age_on(day) < OLDEST_REFERRED

    def _pick(self, pool: list[Child], low: int, day: int,
              test: Callable[[Child], bool]) -> Child | None:
        if len(pool) <= low:
            return None
        for _ in range(TRIES):
            child = pool[self.rng.randrange(low, len(pool))]
            if self._available(child, day) and test(child):
                return child
        return None

    def choose(self, day: int, rereferral: bool, protection: bool, repeat: bool) -> Child:
        """The child for a referral with this course (a new child when none fits)."""
        def recent(c: Child) -> bool:
            return c.last_referral >= day - RECENT

        def old(c: Child) -> bool:
            return c.last_referral < day - NOT_RECENT

        def history(c: Child) -> bool:
            return c.plans_so_far > 0 if repeat else not (protection and c.plans_so_far > 0)

        child: Child | None = None
        if rereferral:
            child = self._pick(self.recent, self.recent_from, day,
                               lambda c: recent(c) and history(c))
            if child is None and repeat:
                child = self._pick(self.with_plans, 0, day, old)
            if child is None:
                child = self._pick(self.recent, self.recent_from, day, recent)
        elif repeat:
            child = self._pick(self.with_plans, 0, day, old)
        elif self.rng.random() < 0.3:
            child = self._pick(self.people.children, 0, day,
                               lambda c: old(c) and c.last_referral > -OPEN and history(c))
        return child or self.people.new(day)

    # -- one referral ----------------------------------------------------------------------

    def refer(self, day: int, source: str | None = None, band: str | None = None,
              child: Child | None = None) -> tuple[Child, Episode]:
        """A referral arriving on ``day``; its course is decided, then its child chosen.

        A referral for a given child, or a new child of a given age band, is one that brings
        the child straight into care: it is never closed with no further action.
        """
        self._release(day)
        year = year_containing(day)
        r = self.year_rates(year)
        decks = self.decks
        into_care = child is not None or band is not None
        nfa = not into_care and decks.flag("nfa", year, r.nfa)
        enquiry = not nfa and decks.flag("section47", year, r.section47)
        conference = enquiry and decks.flag("conference", year, r.conference)
        plan = conference and decks.flag("cpp", year, r.plan)
        not_in_need = (not nfa and not enquiry and not into_care
                       and decks.flag("not_in_need", year, r.not_in_need))
        if child is None and band is not None:
            child = self.people.new(day, band)
        elif child is None:
            rereferral = decks.flag("rereferral", year,
                                    r.year.share("rereferral_percent"))
            repeat = plan and decks.flag("repeat", year,
                                         r.year.share("cpp_subsequent_percent"))
            child = self.choose(day, rereferral, plan, repeat)
        self.people.complete(child)
        episode = Episode(
            referral=day,
            source=source or decks.pick("source", year, self.sources),
            nfa=nfa,
            need=None if nfa else ("N9" if not_in_need else decks.pick("need", year,
                                                                        self.needs)),
            rereferral=child.last_referral >= day - RECENT,
        )
        child.last_referral = day
        child.episodes.append(episode)
        if nfa:
            self._close(child, episode, day, "RC8")
            return child, episode
        end = self._assessment(episode, day, year, not_in_need)
        if enquiry:
            end = max(end, self._enquiry(child, episode, day, year, conference, plan))
        if not_in_need:
            self._close(child, episode, self.wd.add(end, self.rng.randint(0, 2)),
                        decks.pick("not_in_need_closure", year, self.closures))
            return child, episode
        if episode.protection:
            child.open_until = OPEN
            return child, episode
        end = self._cin_plan(episode, end, year)
        self._extra_assessment(episode, end, year)
        self._close(child, episode, self.wd.add(end, between(self.rng, 1, 15)), "RC7")
        return child, episode

    def _close(self, child: Child, episode: Episode, day: int, reason: str) -> None:
        eighteenth = child.birthday(18)
        if day >= eighteenth:
            day, reason = eighteenth - 1, "RC7"
        day = max(day, episode.referral)
        stop_activity(episode, day)
        episode.closure, episode.reason = day, reason
        child.open_until = day
        self.schedule_close(child, episode)

    def _factors(self, not_in_need: bool) -> tuple[str, ...]:
        if not_in_need and self.rng.random() < 0.2:
            return ("21",)
        count = max(1, min(8, round(self.rng.expovariate(1 / self.factors_mean))))
        picked = set(self.rng.choices(self.factor_codes, self.factor_weights, k=count))
        return tuple(sorted(picked))

    def _duration(self, name: str, year: int, weights: list[float],
                  bands: tuple[tuple[int, int], ...]) -> int:
        low, high = bands[self.decks.index(name, year, weights)]
        return self.rng.randint(low, high)

    def _assessment(self, episode: Episode, day: int, year: int, not_in_need: bool) -> int:
        start = self.wd.add(self.wd.on_or_after(day), self.rng.choice((0, 0, 1, 1, 2, 3)))
        done = year_containing(start + 35)
        days = self._duration("assessment_days", done, episode_bins(self, done),
                              ASSESSMENT_DAY_BINS)
        authorised = self.wd.add(start, days)
        episode.assessments.append(Assessment(start, authorised, self._factors(not_in_need)))
        return authorised

    def _enquiry(self, child: Child, episode: Episode, day: int, year: int,
                 conference: bool, plan: bool) -> int:
        start = self.wd.add(self.wd.on_or_after(day), self.rng.choice((0, 0, 0, 1, 2)))
        target = self.wd.add(start, 15)
        held: int | None = None
        if conference:
            held = self.wd.add(start, self._duration(
                "icpc_days", year, self.year_rates(year).year.bins("icpc_days"), ICPC_DAY_BINS))
        episode.enquiries.append(Section47(start, target, held, plan))
        if held is None:
            return start
        if not plan:
            return held
        return self._protection(child, episode, held)

    def _protection(self, child: Child, episode: Episode, start: int) -> int:
        """A child protection plan from the conference; it ends when ``end_one`` says."""
        year = year_containing(start)
        y = self.year_rates(year).year
        category = self.decks.pick("category", year, self.categories)
        latest = category if self.rng.random() < 0.9 else self.decks.pick(
            "category", year, self.categories)
        on_time = self.decks.flag("reviewed", year, y.share("cpp_reviewed_percent"))
        reviews = protection_reviews(self.rng, self.wd, start, start + 6 * 365, on_time)
        previous = child.plans_so_far
        plan = ProtectionPlan(start, None, category, latest, previous, reviews)
        episode.protection.append(plan)
        self.protected.append((child, episode, plan))
        if previous == 0:
            self.with_plans.append(child)
        return start

    # -- child protection plans: how many end each month ---------------------------------

    def _active_plans(self, day: int) -> list[tuple[Child, Episode, ProtectionPlan]]:
        """Plans running on ``day``; ended ones leave the list."""
        self.protected = [p for p in self.protected if p[2].end is None]
        return [p for p in self.protected if p[2].start <= day]

    def month(self, day: int, following: int, months_in: int) -> None:
        """Schedule the plan endings that keep plans at 31 March on the year's figure.

        The stock follows a straight line from last 31 March's published figure to this
        one's; the month's endings are whatever brings it there after the month's expected
        new plans. A young person's plan always ends before their 18th birthday.
        """
        year = year_containing(day)
        active = self._active_plans(day)
        forced = [p for p in active if p[0].birthday(18) - 1 < following]
        for child, episode, plan in forced:
            self.end_plan(max(child.birthday(18) - 2, plan.start + 1, day), child, episode,
                          plan)
        this, last = self.profile.year(year), self.profile.year(year - 1)
        before = last.count("cpp_at31", self.scale)
        target = before + (this.count("cpp_at31", self.scale) - before) * months_in / 12
        starts = this.count("cpp_starts", self.scale) / 12
        for _ in range(round(len(active) - len(forced) + starts - target)):
            self.schedule(between(self.rng, day, following - 1), self.end_one)

    def end_one(self, day: int) -> None:
        """End one running plan, chosen by how likely a plan of its length is to end now."""
        active = [p for p in self._active_plans(day) if p[2].start < day - 14]
        if not active:
            return
        sample = [active[int(self.rng.random() * len(active))] for _ in range(40)]
        year = year_containing(day)
        bins = self.year_rates(year).year.bins("cpp_ending_percent")
        weights = [ending_hazard(day - p[2].start, bins) for p in sample]
        child, episode, plan = self.rng.choices(sample, weights)[0]
        self.end_plan(day, child, episode, plan)

    def end_plan(self, day: int, child: Child, episode: Episode, plan: ProtectionPlan) -> None:
        """The review conference ends the plan; a CIN plan may follow before closure."""
        day = max(self.wd.on_or_before(day), plan.start + 1)
        if plan.end is not None or episode.closure is not None:
            return
        if child.care and child.care[-1].open:
            return
        plan.end = day
        plan.reviews = [r for r in plan.reviews if r < day] + [day]
        year = year_containing(day)
        end = self._cin_plan(episode, day + 1, year) if self.rng.random() < 0.55 else day
        self._close(child, episode, self.wd.add(end, between(self.rng, 1, 15)), "RC7")

    def _cin_plan(self, episode: Episode, after: int, year: int) -> int:
        if not self.decks.flag("cin_plan", year, self.profile.number("cin_plan_percent") / 100):
            return after + self.rng.randint(20, 120)
        start = self.wd.add(after, self.rng.randint(0, 8))
        mean = self.year_rates(year).cin_plan_days
        length = max(28, int(self.rng.lognormvariate(math.log(mean) - 0.18, 0.6)))
        episode.plans.append(Plan(start, start + length))
        return start + length

    def _extra_assessment(self, episode: Episode, end: int, year: int) -> None:
        """A re-assessment during a long plan, so completed assessments match the year's."""
        if end - episode.referral < 150:
            return
        if not self.decks.flag("extra_assessment", year,
                               min(self.year_rates(year).extra_assessments, 1.0)):
            return
        first = episode.assessments[-1].authorised
        start = self.wd.on_or_after(self.rng.randint(first + 60, max(first + 60, end - 70)))
        done = year_containing(start + 35)
        days = self._duration("assessment_days", done, episode_bins(self, done),
                              ASSESSMENT_DAY_BINS)
        authorised = self.wd.add(start, days)
        if authorised < end:
            episode.assessments.append(Assessment(start, authorised, self._factors(False)))


def stop_activity(episode: Episode, day: int, assessments: bool = True) -> None:
    """End whatever of the episode runs past ``day`` (closure, or care starting).

    Plans and enquiries not yet started are dropped (a dropped protection plan is marked ended
    on its start, for the list of running plans), as are conferences not yet held; running
    plans end on ``day``. Care does not stop an assessment in progress, so ``assessments`` is
    False then.
    """
    episode.plans = [p for p in episode.plans if p.start < day]
    for plan in episode.plans:
        if plan.end is None or plan.end > day:
            plan.end = day
    for dropped in episode.protection:
        if dropped.start >= day:
            dropped.end = dropped.start
    episode.protection = [p for p in episode.protection if p.start < day]
    for protection in episode.protection:
        if protection.end is None or protection.end > day:
            protection.end = day
            protection.reviews = [r for r in protection.reviews if r < day]
    episode.enquiries = [s for s in episode.enquiries if s.start <= day]
    for enquiry in episode.enquiries:
        if enquiry.conference is not None and enquiry.conference > day:
            enquiry.conference, enquiry.plan = None, False
    if assessments:
        episode.assessments = [a for a in episode.assessments if a.start <= day]
        for assessment in episode.assessments:
            assessment.authorised = min(assessment.authorised, day)


def ending_hazard(days: int, bins: list[float]) -> float:
    """How likely a plan that has run ``days`` is to end now, from DfE's ending durations.

    Within each duration band the endings are spread evenly; the hazard is that density over
    the share of plans still running.
    """
    total = sum(bins) or 1.0
    remaining = 1.0
    for (low, high), share in zip(CPP_DURATION_BINS, bins, strict=True):
        share /= total
        if days <= high:
            width = high - low + 1
            left = remaining - share * (days - low) / width
            return (share / width) / max(left, 1e-3)
        remaining -= share
    return 0.05


def episode_bins(door: FrontDoor, year: int) -> list[float]:
    return door.year_rates(year).year.bins("assessment_days")


def protection_reviews(rng: random.Random, wd: WorkingDays, start: int, end: int,
                       on_time: bool) -> list[int]:
    """Review conferences: within 3 months of the plan starting, then every 6 months.

    When the plan is not reviewed on time, one review slips past its deadline.
    """
    reviews: list[int] = []
    due = start + 91
    late = -1 if on_time else rng.randint(0, 2)
    while True:
        day = due - rng.randint(2, 20)
        if len(reviews) == late:
            day = due + rng.randint(3, 40)
        day = wd.on_or_after(day)
        if day >= end or day <= start:
            break
        reviews.append(day)
        due = day + 182
    if end < OPEN and end - start > 20 and (not reviews or end - reviews[-1] > 20):
        reviews.append(end)
    return reviews
