"""Collection years, named the way DfE names them.

A collection year is identified by the year in which it ends: ``2025`` is the 2024/25 return,
covering 1 April 2024 to 31 March 2025. Code lists and columns record their validity in the
same terms, so one integer compares cleanly everywhere.
"""

from __future__ import annotations

import re
from datetime import date

_LABEL = re.compile(r"^(\d{4})\s*(?:/|-|to)\s*(\d{2}|\d{4})$")


def year_label(end_year: int) -> str:
    """``2025`` -> ``"2024/25"``, as DfE writes it on returns and publications."""
    return f"{end_year - 1}/{end_year % 100:02d}"


def year_start(end_year: int) -> date:
    """First day of the collection year (1 April)."""
    return date(end_year - 1, 4, 1)


def year_end(end_year: int) -> date:
    """Last day of the collection year (31 March), the census reference date."""
    return date(end_year, 3, 31)


def year_containing(day: date) -> int:
    """The collection year whose 1 April–31 March span contains ``day``."""
    return day.year + 1 if day.month >= 4 else day.year


def parse_year(text: str) -> int:
    """Accept ``2025``, ``2024/25``, ``2024-25`` or ``2024 to 2025``; return the end year."""
    text = text.strip()
    if text.isdigit() and len(text) == 4:
        return int(text)
    match = _LABEL.match(text)
    if not match:
        raise ValueError(f"not a collection year: {text!r} (expected e.g. 2024/25 or 2025)")
    start, end = int(match.group(1)), match.group(2)
    end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
    if end_year != start + 1:
        raise ValueError(f"not a collection year: {text!r} (years must be consecutive)")
    return end_year
