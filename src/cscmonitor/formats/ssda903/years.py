"""The collection year of an SSDA903 return, which neither the CSV set nor the XML states.

When the user does not give the year, it is the collection year (end year) whose 31 March is
the first on or after the latest episode start (DECOM). An episode cannot start after the end of
the year it is returned in, and a return always holds the episodes that started in its year.

Other dates do not decide the year, although one might expect them to. Episode end dates,
review dates and missing-period dates fall after 31 March in real returns as data errors, and
DfE's own validation rules report such errors. The reference sample set (2017/18) has an episode
ending on 1 April 2018 and reviews dated up to 2030. Letting those decide would shift the year
and check every code against the wrong year's lists.

When the user gives the year, it is used as given. Every episode, review or missing-period date
after that year's 31 March is then reported as a ``year-mismatch`` warning. So is a return
whose latest episode started before the given year began, which suggests an earlier return.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import polars as pl

from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.values import Located, coerce
from cscmonitor.model import ROW, Table, year_end, year_label
from cscmonitor.model.returns.ssda903 import EPISODES, FIRST_YEAR, MISSING, RETURN, REVIEWS
from cscmonitor.model.years import year_containing

ACTIVITY_DATES: dict[str, tuple[str, ...]] = {
    EPISODES.name: ("DECOM", "DEC"),
    REVIEWS.name: ("REVIEW",),
    MISSING.name: ("MIS_START", "MIS_END"),
}
"""Dates of things that happened in the year, which cannot be after its 31 March."""

_DECOM_ONLY = dataclasses.replace(
    EPISODES, columns=(dataclasses.replace(EPISODES.column("DECOM"), mandatory=False),),
    key=(), aliases={}, child_id=None)


def readable_years() -> range:
    """Collection years whose specification cscmonitor knows, oldest first."""
    return range(FIRST_YEAR, max(RETURN.years) + 1)


def check_readable(year: int, file: str) -> None:
    years = readable_years()
    if year not in years:
        raise fatal(file, "unsupported-year",
                    f"a collection year from {year_label(years[0])} to {year_label(years[-1])}",
                    value=year_label(year))


def latest_start(raw_episodes: pl.DataFrame, file: str) -> tuple[date, int] | None:
    """The latest episode start date and its line, from raw episode text.

    Bad dates are skipped here; the full read reports them.
    """
    if "DECOM" not in raw_episodes.columns:
        return None
    starts, _ = coerce(raw_episodes.select("DECOM", ROW), _DECOM_ONLY, None,
                       Located(file, EPISODES.name))
    starts = starts.drop_nulls("DECOM")
    if starts.is_empty():
        return None
    latest = starts.sort("DECOM", ROW, descending=[True, False]).row(0, named=True)
    return latest["DECOM"], latest[ROW]


def detected_year(latest: tuple[date, int] | None, file: str) -> int:
    """The year the latest episode start says; fatal when there are no episode starts."""
    if latest is None:
        raise fatal(file, "unknown-year",
                    "episodes with start dates (DECOM) to tell the collection year from; "
                    "give the year")
    return year_containing(latest[0])


def given_year_issues(tables: dict[str, pl.DataFrame], files: dict[str, str], year: int,
                      latest: tuple[date, int] | None) -> list[Issue]:
    """Warnings where the data disagree with the collection year the user gave."""
    end = year_end(year)
    expected = f"a date on or before {end:%d/%m/%Y}, the end of {year_label(year)} (given)"
    issues: list[Issue] = []
    for name, columns in ACTIVITY_DATES.items():
        frame = tables[name]
        for column in columns:
            late = frame.filter(pl.col(column) > end).select(ROW, column)
            issues += [Issue(file=files[name], code="year-mismatch", expected=expected,
                             line=row, table=name, field=column, value=f"{day:%d/%m/%Y}")
                       for row, day in late.iter_rows()]
    if latest is not None and year_containing(latest[0]) < year:
        day, row = latest
        issues.append(Issue(
            file=files[EPISODES.name], code="year-mismatch", line=row, table=EPISODES.name,
            field="DECOM", value=f"{day:%d/%m/%Y}",
            expected=f"episodes starting in {year_label(year)} (given); the latest episode "
                     f"starts in {year_label(year_containing(day))}"))
    return issues


def out_of_year_table(table: Table, year: int, file: str) -> Issue:
    """A table that is not part of the return in ``year`` was supplied; it is still read."""
    return Issue(file=file, code="year-mismatch", line=1, table=table.name,
                 expected=f"no {table.title.lower()} in a {year_label(year)} return: the table "
                          "is not part of that year's return")
