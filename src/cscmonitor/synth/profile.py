"""Calibration profiles: the yearly figures a synthetic authority follows, read from YAML.

A profile (``profiles/<name>.yml``) gives, for each collection year, the published figures
(referrals, re-referral rate, assessments and their timeliness, section 47 enquiries,
conferences, child protection plans, children looked after, placement stability, care leavers,
workforce) for a named population, and the mix of activity the figures do not pin down (shares
in ``profiles/_shared.yml`` unless the profile overrides them). Counts are scaled to the
population actually simulated; percentages are used as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

YEAR_FIELDS = (
    "population", "referrals", "rereferral_percent", "nfa_percent", "not_in_need_percent",
    "cin_at31", "assessments", "assessment_days", "section47", "icpc", "icpc_days",
    "cpp_starts", "cpp_at31", "cpp_subsequent_percent", "cpp_ending_percent",
    "cpp_reviewed_percent", "cla_at31", "cla_starts", "cla_ceased",
    "three_plus_placements_percent", "long_term_stability_percent", "eet_percent_17_18",
    "eet_percent_19_21", "suitable_percent_17_18", "suitable_percent_19_21", "workforce",
)
COUNTS = ("referrals", "cin_at31", "assessments", "section47", "icpc", "cpp_starts",
          "cpp_at31", "cla_at31", "cla_starts", "cla_ceased")
WORKFORCE_COUNTS = ("inpost_fte", "inpost_headcount", "starters_fte", "leavers_fte",
                    "agency_fte", "vacancy_fte", "case_holders_fte", "cases")

ASSESSMENT_DAY_BINS = ((0, 0), (1, 10), (11, 20), (21, 30), (31, 40), (41, 45), (46, 50),
                       (51, 60), (61, 120))
"""Working days from start to authorisation, in DfE's bands (61+ drawn up to 120)."""
ICPC_DAY_BINS = ((1, 10), (11, 15), (16, 20), (21, 40))
"""Working days from the strategy discussion to the initial conference, in DfE's bands."""
CPP_DURATION_BINS = ((1, 91), (92, 182), (183, 365), (366, 730), (731, 1100))
"""Days a child protection plan lasts, in DfE's bands (3, 6, 12, 24 months, longer)."""


@dataclass(frozen=True)
class Year:
    """One collection year's figures at the profile's own population."""

    year: int
    values: Mapping[str, Any]

    def count(self, name: str, scale: float) -> int:
        return round(float(self.values[name]) * scale)

    def share(self, name: str) -> float:
        """A percentage figure as a share (0-1)."""
        return float(self.values[name]) / 100.0

    def bins(self, name: str) -> list[float]:
        return [float(v) for v in self.values[name]]

    def workforce(self, name: str, scale: float) -> float:
        return float(self.values["workforce"][name]) * scale

    @property
    def absence_rate(self) -> float:
        return float(self.values["workforce"]["absence_rate_fte"]) / 100.0


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    attribution: str
    la_code: str
    la_name: str
    years: Mapping[int, Year]
    mix: Mapping[str, Any]

    def year(self, year: int) -> Year:
        """The figures for ``year``; years outside the profile use the nearest one."""
        first, last = min(self.years), max(self.years)
        return self.years[min(max(year, first), last)]

    def weights(self, name: str) -> dict[str, float]:
        return {str(k): float(v) for k, v in self.mix[name].items()}

    def number(self, name: str) -> float:
        return float(self.mix[name])


def _complete(published: Mapping[int, Mapping[str, Any]],
              estimated: Mapping[int, Mapping[str, Any]]) -> dict[int, Year]:
    """Merge published and estimated figures; fill any gap from the nearest year with it."""
    years = sorted(set(published) | set(estimated))
    merged = {y: {**estimated.get(y, {}), **published.get(y, {})} for y in years}
    complete: dict[int, Year] = {}
    for year in years:
        values = dict(merged[year])
        for name in YEAR_FIELDS:
            if name in values:
                continue
            nearest = sorted((abs(y - year), y) for y in years if name in merged[y])
            if not nearest:
                raise ValueError(f"no year of the profile gives {name}")
            values[name] = merged[nearest[0][1]][name]
        complete[year] = Year(year, values)
    return complete


def _load(text: str, shared: Mapping[str, Any]) -> Profile:
    document = yaml.safe_load(text)
    authority = document["authority"]
    return Profile(
        name=document["name"],
        title=document["title"],
        attribution=document["attribution"],
        la_code=str(authority["la_code"]),
        la_name=str(authority["name"]),
        years=_complete(document["published"], document.get("estimated") or {}),
        mix={**shared, **(document.get("mix") or {})},
    )


def profile_names() -> list[str]:
    folder = resources.files("cscmonitor.synth") / "profiles"
    return sorted(p.name.removesuffix(".yml") for p in folder.iterdir()
                  if p.name.endswith(".yml") and not p.name.startswith("_"))


@cache
def load_profile(name: str) -> Profile:
    folder = resources.files("cscmonitor.synth") / "profiles"
    if name not in profile_names():
        raise ValueError(f"unknown profile {name!r}; known: {', '.join(profile_names())}")
    shared = yaml.safe_load((folder / "_shared.yml").read_text("utf-8"))["mix"]
    return _load((folder / f"{name}.yml").read_text("utf-8"), shared)
