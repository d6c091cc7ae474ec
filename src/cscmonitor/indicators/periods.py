"""The periods an indicator is computed over: the official year, 12 months to a month end,
or a single day.

"12 months to E" runs from the day after the same date a year earlier to E, both included
(the official year to 31 March is the 12 months to 31 March). A snapshot on a day is the period
starting and ending that day: stocks are read on it, flows count that day's events.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cscmonitor.model import year_end


class PeriodKind(StrEnum):
    YEAR = "year"
    ROLLING = "rolling"
    DAY = "day"


def years_before(day: date, years: int) -> date:
    """The same date ``years`` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    end: date
    start: date
    kind: PeriodKind

    @classmethod
    def official_year(cls, collection_year: int) -> Period:
        """1 April to 31 March of a collection year (2025: 2024/25)."""
        return cls.twelve_months_to(year_end(collection_year), PeriodKind.YEAR)

    @classmethod
    def twelve_months_to(cls, end: date, kind: PeriodKind = PeriodKind.ROLLING) -> Period:
        return cls(end=end, start=years_before(end, 1) + timedelta(days=1), kind=kind)

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(end=day, start=day, kind=PeriodKind.DAY)

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.DAY:
            return f"on {self.end:%d/%m/%Y}"
        if self.kind is PeriodKind.YEAR:
            return f"{self.end.year - 1}/{self.end.year % 100:02d}"
        return f"12 months to {self.end:%d/%m/%Y}"


def monthly(first: date, last: date) -> list[Period]:
    """The 12 months to each month end from ``first``'s month to ``last``'s, oldest first."""
    periods = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        end = month_end(year, month)
        kind = PeriodKind.YEAR if (end.month, end.day) == (3, 31) else PeriodKind.ROLLING
        periods.append(Period.twelve_months_to(end, kind))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def parse_month(text: str) -> date:
    """``2025-03`` (or a full ISO date) -> the first day of that month."""
    parts = text.strip().split("-")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a month: {text!r} (expected e.g. 2025-03)")
    return date(int(parts[0]), int(parts[1]), 1)
