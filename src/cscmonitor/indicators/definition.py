"""One indicator: what it measures, how DfE defines it, and the SQL that counts it.

An indicator is declared by two files in ``definitions/<theme>/``: ``<id>.yml`` (the
metadata, the official definition, the choices made where DfE's wording leaves one, and the
hand-worked cases) and ``<id>.sql`` (the count). The SQL returns one row per unit counted
(a referral, a plan, a child) and period, with the columns the engine aggregates:

- ``period_end``: which requested period the row belongs to (from the ``periods`` table);
- ``child_id``: the child behind the row (NULL when the unit is not a child, e.g. a worker);
- ``numerator`` and ``denominator``: numbers summed per period (for a percentage, 1/0 and 1);
- one column per declared breakdown;
- ``days`` when the indicator declares ``quartiles`` (durations such as working days).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cscmonitor.indicators.comparator import Comparator


class Theme(StrEnum):
    """The sections of a board pack, in the order a board reads them."""

    FRONT_DOOR = "front_door"
    CHILD_PROTECTION = "child_protection"
    CHILDREN_IN_CARE = "children_in_care"
    CARE_LEAVERS = "care_leavers"
    WORKFORCE = "workforce"
    DATA_QUALITY = "data_quality"

    @property
    def heading(self) -> str:
        return _THEME_TITLES[self]


_THEME_TITLES = {
    Theme.FRONT_DOOR: "Front door and assessment",
    Theme.CHILD_PROTECTION: "Child protection",
    Theme.CHILDREN_IN_CARE: "Children in care and placement stability",
    Theme.CARE_LEAVERS: "Care leavers",
    Theme.WORKFORCE: "Workforce",
    Theme.DATA_QUALITY: "Data quality",
}


class Unit(StrEnum):
    """How the numerator and denominator make the value."""

    COUNT = "count"
    """The numerator itself (the denominator is unused)."""
    PERCENT = "percent"
    """100 × numerator ÷ denominator, rounded half-up to one decimal place."""
    AVERAGE = "average"
    """numerator ÷ denominator: e.g. days summed over children, or cases over FTE."""


class Polarity(StrEnum):
    """Which direction is better: it drives the direction-of-travel arrow and RAG."""

    HIGHER = "higher"
    LOWER = "lower"
    NEUTRAL = "neutral"


class Timing(StrEnum):
    """What a period means for this indicator."""

    FLOW = "flow"
    """Events dated within the period (referrals, plans starting)."""
    STOCK = "stock"
    """The position at the period end (children looked after on that day)."""
    CENSUS = "census"
    """The latest workforce census (30 September) on or before the period end."""


class Suppression(StrEnum):
    """Whether published outputs suppress small numbers of this indicator."""

    CHILDREN = "children"
    """Counts of children or their records: 1–5 shown as ``c``, and figures built on them."""
    NONE = "none"
    """Not counts of children (workforce FTE, averages of days): shown as they are."""


BREAKDOWNS = {
    "age_band": "Age band at the period end (or at the event): under 1, 1–4, 5–9, 10–15, 16+",
    "sex": "Sex as recorded in the return",
    "ethnicity": "Ethnicity code as recorded in the return",
    "disability": "Whether the child has a recorded disability (CIN) ",
    "uasc": "Whether the child was an unaccompanied asylum-seeking child",
    "legal_status": "Legal status of the child's episode at the period end (or the event)",
    "placement_type": "Placement type of the child's episode at the period end (or the event)",
    "referral_source": "Source of the referral",
    "category_of_abuse": "Initial category of abuse of the plan",
    "age_group": "Care leavers' age group: 17 to 18, 19 to 21",
    "band": "DfE's duration bands of the indicator",
    "team": "Team the worker belongs to (where the data records it)",
    "worker": "Worker holding the case (where the data records it)",
}
"""Every breakdown an indicator may allow, as the column its SQL returns."""


@dataclass(frozen=True)
class Indicator:
    """An indicator's declaration, read from its YAML file and SQL beside it."""

    id: str
    title: str
    question: str
    theme: Theme
    unit: Unit
    polarity: Polarity
    timing: Timing
    tables: tuple[str, ...]
    numerator: str
    denominator: str
    definition: str
    sql: str
    suppression: Suppression
    comparator: Comparator | None = None
    local: str = ""
    """Why there is no official comparator (a local measure), when there is none."""
    rate_per_10000: bool = False
    """Counts also shown per 10,000 children aged 0–17 (ONS mid-year estimate)."""
    breakdowns: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    """Where DfE's wording leaves a choice, the choice made (pinned by a case)."""
    decimals: int = 1
    quartiles: bool = False
    """The SQL also returns ``days`` for each unit: the engine gives the lower quartile,
    median and upper quartile of the days of the units in the denominator."""
    source: Path | None = None

    def __post_init__(self) -> None:
        if (self.comparator is None) == (not self.local):
            raise ValueError(f"indicator {self.id}: give exactly one of comparator or local")
        unknown = set(self.breakdowns) - set(BREAKDOWNS)
        if unknown:
            raise ValueError(f"indicator {self.id}: unknown breakdowns {sorted(unknown)}")
        if self.rate_per_10000 and self.unit is not Unit.COUNT:
            raise ValueError(f"indicator {self.id}: only counts have a rate per 10,000")


_REQUIRED = ("id", "title", "question", "theme", "unit", "polarity", "timing", "tables",
             "numerator", "denominator", "definition", "suppression")


def indicator_from_yaml(document: dict[str, Any], sql: str, source: Path) -> Indicator:
    """An indicator from its parsed YAML file and its SQL (errors name the file and key)."""
    missing = [key for key in _REQUIRED if key not in document]
    if missing:
        raise ValueError(f"{source}: missing {', '.join(missing)}")
    if document["id"] != source.stem:
        raise ValueError(f"{source}: id {document['id']!r} differs from the file name")
    try:
        comparator = document.get("comparator")
        return Indicator(
            id=document["id"], title=document["title"], question=document["question"],
            theme=Theme(document["theme"]), unit=Unit(document["unit"]),
            polarity=Polarity(document["polarity"]), timing=Timing(document["timing"]),
            tables=tuple(document["tables"]), numerator=document["numerator"].strip(),
            denominator=document["denominator"].strip(),
            definition=document["definition"].strip(), sql=sql,
            suppression=Suppression(document["suppression"]),
            comparator=Comparator.from_yaml(comparator) if comparator else None,
            local=str(document.get("local") or "").strip(),
            rate_per_10000=bool(document.get("rate_per_10000", False)),
            breakdowns=tuple(document.get("breakdowns") or ()),
            choices=tuple(str(c).strip() for c in document.get("choices") or ()),
            decimals=int(document.get("decimals", 1)),
            quartiles=bool(document.get("quartiles", False)), source=source,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{source}: {error}") from error
