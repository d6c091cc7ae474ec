"""Working days in England and Wales: weekends and bank holidays excluded.

Statutory timescales count working days (assessments in 45, initial conferences 15 after the
strategy discussion), so DfE's validation rules, the indicators and the simulation all need the
same calendar. The bank holidays are data (``bank_holidays.csv``, from gov.uk/bank-holidays),
whose first line says the year they were last checked; dates after the last year listed are
treated as having no bank holidays, so the table must be extended before it runs out.

``WorkingDays`` works on proleptic ordinals (``date.toordinal()``): integers are cheap to
compare and add, which the simulation does millions of times.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from datetime import date
from functools import cache
from importlib import resources

FIRST = date(2000, 1, 1).toordinal()
LAST = date(2040, 12, 31).toordinal()
"""The range ``WorkingDays`` tabulates (ordinals)."""

_CHECKED = re.compile(r"Last checked: (\d{4})")


def _holiday_file() -> str:
    return (resources.files("cscmonitor.model") / "bank_holidays.csv").read_text("utf-8")


@cache
def bank_holidays() -> tuple[date, ...]:
    """England and Wales bank holidays, oldest first."""
    lines = [line for line in _holiday_file().splitlines()
             if line and not line.startswith("#")]
    return tuple(sorted(date.fromisoformat(row["date"]) for row in csv.DictReader(lines)))


def _last_checked() -> int:
    found = _CHECKED.search(_holiday_file().splitlines()[0])
    if found is None:
        raise ValueError("bank_holidays.csv: the first line must say 'Last checked: <year>'")
    return int(found.group(1))


BANK_HOLIDAYS_LAST_CHECKED = _last_checked()
"""The year the bank holiday table was last checked against gov.uk."""
BANK_HOLIDAYS_LAST_YEAR = bank_holidays()[-1].year
"""The last calendar year the bank holiday table covers."""


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
        """Working days after ``start`` up to and including ``end`` (0 when the same day;
        negative, mirrored, when ``end`` is before ``start``)."""
        return self.count_upto(end) - self.count_upto(start)

    def on_or_before(self, day: int) -> int:
        """``day`` if it is a working day, else the last one before it."""
        return self.days[self.count_upto(day) - 1]

    def on_or_after(self, day: int) -> int:
        """``day`` if it is a working day, else the next one."""
        return self.days[self.count_upto(day - 1)]


@cache
def working_days() -> WorkingDays:
    """The England and Wales working-day calendar."""
    return WorkingDays(bank_holidays())
