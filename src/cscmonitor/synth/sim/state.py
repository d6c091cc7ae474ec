"""What the simulation remembers about each child: the history later events depend on.

Dates are day ordinals (``date.toordinal()``). ``None`` for an end date means "not ended
within the simulation". Records are appended in date order and never reordered, so the
extracts can walk them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

OPEN = 10**7
"""An ordinal later than any simulated day: "still open" in comparisons."""


@dataclass(slots=True)
class Assessment:
    start: int
    authorised: int
    factors: tuple[str, ...]


@dataclass(slots=True)
class Section47:
    start: int
    target: int
    conference: int | None
    """Date of the initial child protection conference; None when none was required."""
    plan: bool
    """Whether the conference made the child subject to a child protection plan."""


@dataclass(slots=True)
class ProtectionPlan:
    start: int
    end: int | None
    initial_category: str
    latest_category: str
    previous_plans: int
    reviews: list[int]


@dataclass(slots=True)
class Plan:
    """A child in need plan."""

    start: int
    end: int | None


@dataclass(slots=True)
class Episode:
    """A CIN episode: from referral to closure."""

    referral: int
    source: str
    nfa: bool
    need: str | None
    closure: int | None = None
    reason: str | None = None
    assessments: list[Assessment] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    enquiries: list[Section47] = field(default_factory=list)
    protection: list[ProtectionPlan] = field(default_factory=list)
    rereferral: bool = False
    token: int = 0
    """Bumped whenever a scheduled closure is superseded (care entry extends the episode)."""

    @property
    def end(self) -> int:
        return OPEN if self.closure is None else self.closure


@dataclass(slots=True)
class CareEpisode:
    """One SSDA903 episode: a spell with one legal status and placement."""

    start: int
    reason_new: str
    legal_status: str
    placement: str
    provider: str
    postcode: str | None
    urn: str | None
    """Ofsted URN, XXXXXXX for a placement without one; None for short breaks (not asked)."""
    la: str
    """DfE code of the authority the placement is in."""
    end: int | None = None
    reason_end: str | None = None
    reason_place_change: str | None = None


@dataclass(slots=True)
class Adoption:
    """The adoption track of a period of care, with its stage dates."""

    decision: int
    placement_order: int | None = None
    matched: int | None = None
    placed: int | None = None
    adopted: int | None = None
    reversed_on: int | None = None
    reversed_reason: str | None = None
    with_foster_carer: bool = False
    adopters: str = "MF"
    adopters_status: str = "L11"


@dataclass(slots=True)
class CarePeriod:
    """A period of care: consecutive episodes from starting to ceasing to be looked after."""

    start: int
    need: str
    episodes: list[CareEpisode]
    unstable: bool = False
    short_break: bool = False
    adoption: Adoption | None = None
    previous_permanence: str = "Z1"
    exit_day: int | None = None
    """A leaving date already set (adoption order, remand ending ...), until it happens."""

    @property
    def end(self) -> int:
        last = self.episodes[-1].end
        return OPEN if last is None else last

    @property
    def open(self) -> bool:
        return self.episodes[-1].end is None


@dataclass(slots=True)
class Child:
    index: int
    child_id: str
    dob: int
    sex: str
    ethnicity: str
    disabilities: tuple[str, ...]
    home_postcode: str
    upn: str | None
    school_start: int
    """Day the child starts school (the September after turning four): the UPN is used from then."""
    episodes: list[Episode] = field(default_factory=list)
    care: list[CarePeriod] = field(default_factory=list)
    contacts: list[tuple[int, str]] = field(default_factory=list)
    early_help: list[tuple[int, int | None]] = field(default_factory=list)
    plans_before: int = 0
    """Child protection plans before the simulation started."""
    uasc: bool = False
    last_referral: int = -OPEN
    open_until: int = -OPEN
    """Closure of the current episode (OPEN while it has none); referral picks avoid overlap."""

    @property
    def plans_so_far(self) -> int:
        return self.plans_before + sum(len(e.protection) for e in self.episodes)

    def age_on(self, day: int) -> float:
        return (day - self.dob) / 365.25

    def birthday(self, years: int) -> int:
        """The ordinal of the child's ``years``-th birthday (29 February -> 1 March)."""
        born = date.fromordinal(self.dob)
        try:
            return born.replace(year=born.year + years).toordinal()
        except ValueError:
            return date(born.year + years, 3, 1).toordinal()

    def in_care_on(self, day: int) -> bool:
        return any(p.start <= day < p.end for p in self.care if not p.short_break)
