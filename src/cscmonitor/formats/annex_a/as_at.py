"""The date an Annex A workbook describes ("as at"), which decides its collection year.

Annex A is not a census and Ofsted's template has no date field. A workbook is filed under the
collection year containing its as-at date, found in this order:

1. a date written in the title rows above a list's header ("Annex A as at 31/01/2024",
   "Data to 31 January 2024", or a date cell); the latest such date counts;
2. otherwise the latest date recorded in the lists that is not after the day of loading:
   Annex A lists the events up to the day it was produced, so no event is later than that day,
   and a date in the future can only be a typing error (it is still loaded as written).

``--year`` overrides both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_WORDS = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\s+(\d{4})\b")


def _day(year: str, month: str | int, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _month(name: str) -> int | None:
    name = name.lower()
    for number, month in enumerate(_MONTHS, start=1):
        if len(name) >= 3 and month.startswith(name):
            return number
    return None


def dates_in(text: str) -> list[date]:
    """Every real date written in ``text`` as yyyy-mm-dd, dd/mm/yyyy or "31 January 2024"."""
    found = [_day(y, m, d) for y, m, d in _ISO.findall(text)]
    found += [_day(y, m, d) for d, m, y in _DMY.findall(text)]
    for d, name, y in _WORDS.findall(text):
        month = _month(name)
        if month is not None:
            found.append(_day(y, month, d))
    return [d for d in found if d is not None]


def title_date(cells: Iterable[str | None]) -> date | None:
    """The latest date in the cells above the lists' headers, if any."""
    dates = [d for cell in cells if cell for d in dates_in(cell)]
    return max(dates, default=None)
