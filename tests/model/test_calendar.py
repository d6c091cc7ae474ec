"""Working days: weekends and England and Wales bank holidays are skipped."""

from __future__ import annotations

from datetime import date, timedelta

from cscmonitor.model import (
    BANK_HOLIDAYS_LAST_CHECKED,
    BANK_HOLIDAYS_LAST_YEAR,
    bank_holidays,
    working_days,
)


def d(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_the_bank_holiday_table_is_extended_a_year_before_it_runs_out() -> None:
    """Fails a year ahead: add next years' holidays from gov.uk/bank-holidays, and update the
    "Last checked" year in model/bank_holidays.csv."""
    next_year = date.today() + timedelta(days=366)
    assert next_year.year <= BANK_HOLIDAYS_LAST_YEAR, (
        f"bank_holidays.csv ends in {BANK_HOLIDAYS_LAST_YEAR}: add the next years")
    assert date.today().year >= BANK_HOLIDAYS_LAST_CHECKED


def test_2012_to_2027_have_england_and_wales_bank_holidays() -> None:
    holidays = bank_holidays()
    assert holidays == tuple(sorted(set(holidays)))
    assert all(h.weekday() < 5 for h in holidays)
    by_year = {y: sum(1 for h in holidays if h.year == y) for y in range(2012, 2028)}
    extra = {2012: 1, 2022: 2, 2023: 1}  # Diamond Jubilee; Platinum Jubilee, state funeral;
    assert by_year == {y: 8 + extra.get(y, 0) for y in range(2012, 2028)}  # coronation
    for known in ("2012-06-05", "2020-05-08", "2022-06-03", "2022-09-19", "2023-05-08",
                  "2024-03-29", "2024-04-01", "2025-12-25", "2025-12-26", "2027-03-26"):
        assert date.fromisoformat(known) in holidays, known
    assert date(2020, 5, 4) not in holidays  # the early May holiday moved to VE day
    assert date(2021, 12, 28) in holidays  # Boxing Day's substitute after a Sunday Christmas


def test_counting_working_days_skips_weekends_and_bank_holidays() -> None:
    wd = working_days()
    assert wd.between(d("2024-05-03"), d("2024-05-03")) == 0
    assert wd.between(d("2024-05-03"), d("2024-05-06")) == 0  # weekend, then May bank holiday
    assert wd.between(d("2024-05-03"), d("2024-05-07")) == 1
    assert wd.between(d("2024-03-28"), d("2024-04-02")) == 1  # Good Friday and Easter Monday
    assert wd.between(d("2024-04-02"), d("2024-03-28")) == -1
    assert wd.between(d("2025-12-24"), d("2025-12-29")) == 1
    assert wd.between(d("2024-02-28"), d("2024-03-01")) == 2  # leap day, a Thursday
    assert wd.between(d("2020-02-28"), d("2020-03-02")) == 1  # leap day, a Saturday
    # 262 weekdays in 2024, less its 8 bank holidays (1 January, itself not counted, is one)
    assert wd.between(d("2024-01-01"), d("2024-12-31")) == 262 - 8
    assert wd.between(d("2024-06-08"), d("2024-06-09")) == 0  # a weekend


def test_adding_working_days_skips_weekends_and_holidays() -> None:
    wd = working_days()
    assert wd.add(d("2024-03-28"), 1) == d("2024-04-02")
    assert wd.add(d("2024-12-24"), 1) == d("2024-12-27")
    assert wd.add(d("2024-05-03"), 0) == d("2024-05-03")
    assert wd.add(d("2022-09-16"), 1) == d("2022-09-20")  # the state funeral
    assert wd.add(d("2023-05-05"), 1) == d("2023-05-09")  # the coronation
    assert wd.on_or_after(d("2024-03-30")) == d("2024-04-02")
    assert wd.on_or_before(d("2024-04-01")) == d("2024-03-28")
    for start in range(d("2023-01-01"), d("2025-01-01"), 5):
        for n in (1, 15, 45):
            assert wd.between(start, wd.add(start, n)) == n
