"""Which authorities a run simulates, and how big each is.

One authority takes the profile's own code and population (or the population asked for).
Several take real English authority codes from ``authorities.csv`` (all 153 when asked for
153, otherwise an even spread of them) and share the population asked for in proportion to
each authority's real number of children, so a national run has London boroughs and shire
counties of their real relative sizes.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cscmonitor.synth.profile import Profile
from cscmonitor.synth.sim.engine import Authority


@dataclass(frozen=True)
class Known:
    la_code: str
    name: str
    population: int


@cache
def known_authorities() -> tuple[Known, ...]:
    text = (resources.files("cscmonitor.synth") / "authorities.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(Known(r["la_code"], r["name"], int(r["population"]))
                 for r in csv.DictReader(lines))


def plan(profile: Profile, last_year: int, population: int | None,
         authorities: int) -> list[tuple[Authority, int]]:
    """(authority, population) for each authority of the run."""
    own = int(profile.year(last_year).values["population"])
    if authorities < 1:
        raise ValueError("at least one authority is needed")
    if authorities == 1:
        size = population or own
        return [(Authority(profile.la_code, profile.la_name, profile, size / own), size)]
    known = known_authorities()
    if authorities > len(known):
        raise ValueError(f"at most {len(known)} authorities have real LA codes")
    chosen = [known[round(i * (len(known) - 1) / (authorities - 1))]
              for i in range(authorities)]
    total = population or sum(k.population for k in chosen)
    weight = sum(k.population for k in chosen)
    planned = []
    for la in chosen:
        size = max(round(total * la.population / weight), 1)
        planned.append((Authority(la.la_code, la.name, profile, size / own), size))
    return planned
