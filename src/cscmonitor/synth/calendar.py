"""Working days in England and Wales: weekends and bank holidays excluded.

Statutory timescales (assessments in 45 working days, conferences 15 working days after the
strategy discussion) count working days, so the simulation moves dates in working days. Dates
are proleptic ordinals (``date.toordinal()``) throughout the simulation: integers are cheap to
compare and add. The bank holidays are data (``bank_holidays.csv``), with the year they were
last checked in its first line.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from datetime import date
from functools import cache
from importlib import resources

FIRST = date(2000, 1, 1).toordinal()
LAST = date(2040, 12, 31).toordinal()


@cache
def bank_holidays() -> tuple[date, ...]:
    """England and Wales bank holidays, oldest first."""
    text = (resources.files("cscmonitor.synth") / "bank_holidays.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(sorted(date.fromisoformat(row["date"]) for row in csv.DictReader(lines)))


class WorkingDays:
    """Working-day arithmetic over ordinals, from a precomputed table of working days."""

    def __init__(self, holidays: tuple[date, ...]) -> None:
        closed = {d.toordinal() for d in holidays}
        self.days = [d for d in range(FIRST, LAST + 1)
                     if (d + 6) % 7 < 5 and d not in closed]
        """Every working day in range, ascending (ordinal 1 was a Monday: (d + 6) % 7 < 5)."""

    def count_upto(self, day: int) -> int:
        """How many working days fall on or before ``day``."""
        return bisect_right(self.days, day)

    def add(self, day: int, n: int) -> int:
        """The ``n``-th working day after ``day`` (``n`` = 0: ``day`` itself)."""
        if n <= 0:
            return day
        return self.days[self.count_upto(day) + n - 1]

    def between(self, start: int, end: int) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when the same day)."""
        return self.count_upto(end) - self.count_upto(start)

    def on_or_before(self, day: int) -> int:
        """``day`` if it is a working day, else the last one before it."""
        return self.days[self.count_upto(day) - 1]

    def on_or_after(self, day: int) -> int:
        """``day`` if it is a working day, else the next one."""
        return self.days[self.count_upto(day - 1)]


@cache
def working_days() -> WorkingDays:
    return WorkingDays(bank_holidays())


def collection_year(day: int) -> int:
    """The collection year (end year) containing the ordinal ``day``: 1 April to 31 March."""
    found = date.fromordinal(day)
    return found.year + 1 if found.month >= 4 else found.year
