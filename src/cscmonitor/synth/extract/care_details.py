"""Details of a period of care that no other event depends on, made when they are written.

Statutory reviews, missing episodes, health and outcome checks and motherhood do not change
what happens to anyone else, so they are drawn from a stream of their own for each child and
period: every year's return sees the same reviews and missing episodes for the same period.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from cscmonitor.synth.calendar import working_days
from cscmonitor.synth.profile import Profile
from cscmonitor.synth.rng import between, stream
from cscmonitor.synth.sim.state import CarePeriod, Child

REVIEW_CODES = {"PN1": 45, "PN2": 5, "PN3": 4, "PN4": 5, "PN5": 6, "PN6": 25, "PN7": 10}


def _rng(seed: int, la_code: str, index: int, period: int, purpose: str) -> random.Random:
    return stream(seed, la_code, "detail", index, period, purpose)


@dataclass(frozen=True)
class Review:
    day: int
    code: str


@lru_cache(maxsize=4096)
def _review_days(seed: int, la_code: str, index: int, number: int, start: int,
                 end: int) -> tuple[int, ...]:
    """Reviews within 20 working days of starting care, 3 months later, then 6-monthly."""
    rng = _rng(seed, la_code, index, number, "reviews")
    wd = working_days()
    days: list[int] = []
    due = wd.add(start, 20)
    gap = 91
    while True:
        late = rng.random() < 0.06
        day = wd.on_or_after(due + between(rng, 3, 30) if late else due - between(rng, 0, 25))
        if day >= end:
            break
        days.append(max(day, start + 1))
        due, gap = day + gap, 182
    return tuple(days)


def reviews(seed: int, la_code: str, child: Child, number: int, period: CarePeriod,
            until: int) -> list[Review]:
    """Looked-after reviews of the period up to ``until``, with how the child took part."""
    days = _review_days(seed, la_code, child.index, number, period.start,
                        min(period.end, until + 1))
    rng = _rng(seed, la_code, child.index, number, "review-codes")
    codes = list(REVIEW_CODES)
    weights = list(REVIEW_CODES.values())
    found = []
    for day in days:
        code = rng.choices(codes, weights)[0]
        found.append(Review(day, "PN0" if day - child.dob < 4 * 365 + 1 else code))
    return found


@dataclass(frozen=True)
class Missing:
    start: int
    end: int
    kind: str


def missing(seed: int, la_code: str, profile: Profile, child: Child, number: int,
            period: CarePeriod, until: int) -> list[Missing]:
    """Missing and away-from-placement episodes of a child aged 11 or more, inside one placement.

    A minority of children go missing, and those who do, go missing repeatedly.
    """
    rng = _rng(seed, la_code, child.index, number, "missing")
    if rng.random() >= profile.number("missing_percent_11_plus") / 100:
        return []
    rate = profile.number("missing_episodes_per_year") / 365
    away = profile.number("away_percent") / 100
    found: list[Missing] = []
    day = max(period.start, child.birthday(11)) + int(rng.expovariate(rate))
    last = min(period.end, until)
    while day < last:
        length = between(rng, 0, 3) if rng.random() < 0.85 else between(rng, 4, 14)
        ends = day + length
        placement_end = min((e.end for e in period.episodes
                             if e.start <= day and e.end is not None and e.end > day),
                            default=period.end)
        if ends < placement_end and ends < last:
            found.append(Missing(day, ends, "A" if rng.random() < away else "M"))
        day = ends + 1 + int(rng.expovariate(rate))
    return found


@dataclass(frozen=True)
class Health:
    """Outcomes for a child looked after for 12 months (OC2), by the rules for their age."""

    sdq_score: int | None
    sdq_reason: str | None
    convicted: str | None
    health_check: str | None
    immunisations: str
    teeth_check: str
    health_assessment: str
    substance_misuse: str
    intervention_received: str | None
    intervention_offered: str | None


def health(seed: int, la_code: str, child: Child, year: int, first: int, ref: int) -> Health:
    """The SDQ is asked of children aged 4 to 16 at some time in the year (4th birthday by its
    end, 17th birthday after its first day); convictions from 10; health checks under 5."""
    rng = stream(seed, la_code, "oc2", child.index, year)

    def aged(years: int) -> bool:
        """Aged ``years`` or more on 31 March, by birthday as DfE's rules count it."""
        return child.birthday(years) <= ref

    def yes(share: float) -> str:
        return "1" if rng.random() < share else "0"

    score: int | None = None
    reason: str | None = None
    if child.birthday(4) <= ref and child.birthday(17) > first:
        if rng.random() < 0.8:
            score = min(40, max(0, round(rng.gauss(14, 7))))
        else:
            reason = rng.choice(("SDQ2", "SDQ3", "SDQ4", "SDQ5"))
    misuse = yes(0.06) if aged(11) else "0"
    received = yes(0.6) if misuse == "1" else None
    offered = yes(0.5) if received == "0" else None
    return Health(score, reason, yes(0.03) if aged(10) else None,
                  yes(0.9) if not aged(5) else None, yes(0.87), yes(0.82), yes(0.9), misuse,
                  received, offered)


def mother_of(seed: int, la_code: str, child: Child) -> int | None:
    """The birth date of a looked-after young woman's own child, for the few who have one."""
    if child.sex != "F":
        return None
    rng = stream(seed, la_code, "mother", child.index)
    if rng.random() >= 0.025:
        return None
    for period in child.care:
        if period.short_break:
            continue
        first = max(period.start, child.birthday(15))
        last = min(period.end, child.birthday(18)) - 30
        if first < last:
            return between(rng, first, last)
    return None
