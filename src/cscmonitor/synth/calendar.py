"""The simulation's calendar: working days (from the model) and collection years of ordinals.

Dates are proleptic ordinals (``date.toordinal()``) throughout the simulation: integers are
cheap to compare and add. The working-day arithmetic is the model's, shared with the rules.
"""

from __future__ import annotations

from datetime import date

from cscmonitor.model.calendar import WorkingDays, bank_holidays, working_days

__all__ = ["WorkingDays", "bank_holidays", "collection_year", "working_days"]


def collection_year(day: int) -> int:
    """The collection year (end year) containing the ordinal ``day``: 1 April to 31 March."""
    found = date.fromordinal(day)
    return found.year + 1 if found.month >= 4 else found.year
