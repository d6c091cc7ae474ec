"""Working days: weekends and England and Wales bank holidays are skipped."""

from __future__ import annotations

from datetime import date

from cscmonitor.synth.calendar import bank_holidays, collection_year, working_days


def d(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_bank_holidays_are_weekdays_covering_2012_to_2027() -> None:
    holidays = bank_holidays()
    assert all(h.weekday() < 5 for h in holidays)
    by_year = {y: sum(1 for h in holidays if h.year == y) for y in range(2012, 2028)}
    assert all(8 <= n <= 10 for n in by_year.values()), by_year
    assert date(2022, 9, 19) in holidays  # the State Funeral


def test_adding_working_days_skips_weekends_and_holidays() -> None:
    wd = working_days()
    assert wd.add(d("2024-03-28"), 1) == d("2024-04-02")  # Good Friday and Easter Monday
    assert wd.add(d("2024-12-24"), 1) == d("2024-12-27")
    assert wd.add(d("2024-05-03"), 0) == d("2024-05-03")
    assert wd.between(d("2024-03-28"), d("2024-04-02")) == 1
    assert wd.on_or_after(d("2024-03-30")) == d("2024-04-02")
    assert wd.on_or_before(d("2024-04-01")) == d("2024-03-28")
    assert wd.between(d("2025-12-24"), d("2025-12-29")) == 1


def test_collection_year_runs_april_to_march() -> None:
    assert collection_year(d("2024-03-31")) == 2024
    assert collection_year(d("2024-04-01")) == 2025
