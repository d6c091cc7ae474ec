"""Care leavers aged 17 to 21: who is in a year's OC3 cohort, and how they are doing.

DfE counts a young person in the year their 17th to 21st birthday falls, if they were looked
after for at least 13 weeks after their 14th birthday, were still looked after on or after
their 16th birthday, and are not looked after on that birthday or after it in the year (a
17-year-old back in care is not a care leaver that year); not if they were adopted, died or
moved to another authority's care. Their contact, activity and accommodation are recorded
around the birthday.

How many are in education, employment or training, in suitable accommodation, or out of
touch, follows the year's published shares exactly (to the nearest young person) for each age
group. Who they are follows a lasting tendency of each young person plus that year's luck, so
someone in work at 19 is likely to be in work at 20.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from cscmonitor.model import registry, year_end, year_start
from cscmonitor.synth.profile import Profile
from cscmonitor.synth.rng import stream
from cscmonitor.synth.sim.state import Child

NOT_COUNTED = frozenset({"E11", "E12", "E2", "E3"})
EET = {"F1": 8, "P1": 1, "F2": 40, "P2": 6, "F4": 8, "P4": 1, "F5": 26, "P5": 10}
EET_BEFORE_2022 = {"F1": 8, "P1": 1, "F2": 40, "P2": 6, "F3": 34, "P3": 11}
NEET = {"G4": 25, "G5": 62, "G6": 13}
SUITABLE = {"B": 10, "D": 22, "E": 8, "K": 3, "T": 4, "U": 30, "Y": 5, "Z": 12, "C": 6}
UNSUITABLE = {"B": 20, "K": 10, "S": 15, "V": 15, "W": 10, "X": 20, "Y": 10}
OUT_OF_TOUCH = {"NO": 70, "REFU": 30}


@dataclass(frozen=True)
class Leaver:
    child: Child
    birthday: int
    age: int
    in_touch: str
    activity: str
    accommodation: str


def eligible(child: Child) -> bool:
    """A relevant or former relevant young person (before any birthday test)."""
    periods = [p for p in child.care if not p.short_break]
    if not periods or periods[-1].open:
        return False
    last = periods[-1]
    if last.episodes[-1].reason_end in NOT_COUNTED or last.end < child.birthday(16):
        return False
    fourteen = child.birthday(14)
    weeks = sum(max(0, p.end - max(p.start, fourteen)) for p in periods) / 7
    return weeks >= 13


def _in_care_between(child: Child, first: int, last: int) -> bool:
    """Whether the young person was looked after (not on short breaks) at any time then.

    Care ending on 31 March itself counts as care on that day: DfE's rules count such a
    young person as still looked after at the year's end (in the OC2 cohort, not OC3).
    """
    return any(p.start <= last and (p.end > first or p.end == last)
               for p in child.care if not p.short_break)


def _birthday_in_year(child: Child, first: int, ref: int) -> tuple[int, int] | None:
    for age in range(17, 22):
        day = child.birthday(age)
        if first <= day <= ref:
            return age, day
    return None


def _codes(year: int) -> tuple[frozenset[str], frozenset[str]]:
    activities = frozenset(registry().codelist("ssda903.activity").codes_in_year(year))
    accommodation = frozenset(registry().codelist("ssda903.accommodation").codes_in_year(year))
    return activities, accommodation


def cohort(seed: int, la_code: str, profile: Profile, children: list[Child],
           year: int) -> list[Leaver]:
    """The year's OC3 cohort, in child id order, with their circumstances."""
    first, ref = year_start(year).toordinal(), year_end(year).toordinal()
    found: list[tuple[Child, int, int]] = []
    for child in children:
        if child.care and child.dob + 17 * 365 <= ref and eligible(child):
            hit = _birthday_in_year(child, first, ref)
            if hit is not None and not _in_care_between(child, hit[1], ref):
                found.append((child, hit[1], hit[0]))
    found.sort(key=lambda f: f[0].child_id)
    y = profile.year(year)
    unknown_share = profile.weights("care_leaver_unknown_percent")
    results: dict[int, Leaver] = {}
    for group in ("17_18", "19_21"):
        members = [f for f in found if (f[2] <= 18) == (group == "17_18")]
        results.update(_assign(seed, la_code, year, members, y.share(f"eet_percent_{group}"),
                               y.share(f"suitable_percent_{group}"),
                               unknown_share[group] / 100))
    return [results[f[0].index] for f in found]


def _assign(seed: int, la_code: str, year: int, members: list[tuple[Child, int, int]],
            eet: float, suitable: float, unknown: float) -> dict[int, Leaver]:
    """Give exact shares: out of touch, EET, suitable accommodation, by ranked tendency."""
    n = len(members)
    activities, _ = _codes(year)
    eet_mix = {k: v for k, v in (EET if "F4" in activities else EET_BEFORE_2022).items()
               if k in activities}
    scores = []
    for child, _, _ in members:
        lasting = stream(seed, la_code, "leaver", child.index)
        yearly = stream(seed, la_code, "leaver", child.index, year)
        scores.append((lasting.gauss(0, 1) + yearly.gauss(0, 0.7),
                       lasting.gauss(0, 1) + yearly.gauss(0, 0.7), yearly))
    by_activity = sorted(range(n), key=lambda i: (-scores[i][0], members[i][0].child_id))
    out_of_touch = set(by_activity[n - round(n * unknown):]) if n else set()
    in_education = set(by_activity[:min(round(n * eet), n - len(out_of_touch))])
    in_touch = [i for i in range(n) if i not in out_of_touch]
    by_home = sorted(in_touch, key=lambda i: (-scores[i][1], members[i][0].child_id))
    well_housed = set(by_home[:min(round(n * suitable), len(in_touch))])
    found = {}
    for i, (child, day, age) in enumerate(members):
        rng = scores[i][2]
        if i in out_of_touch:
            touch, activity, accommodation = _pick(rng, OUT_OF_TOUCH), "0", "0"
        else:
            touch = "YES"
            activity = _pick(rng, eet_mix if i in in_education else NEET)
            kind = _pick(rng, SUITABLE if i in well_housed else UNSUITABLE)
            if (kind == "Z" and age < 18) or (kind == "T" and age <= 18):
                kind = "D"
            accommodation = kind + ("1" if i in well_housed else "2")
        found[child.index] = Leaver(child, day, age, touch, activity, accommodation)
    return found


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]
