"""What every workforce census reader needs: the collection year, and the shaped identifiers.

The collection year is the April-to-March year containing the census date (see
``model.returns.workforce``). The XML states its census date (ReferenceDate) and its year
(Year, the calendar year of that 30 September); the CSV states neither, so the user gives it.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.model import ROW, year_label
from cscmonitor.model.returns.workforce import RETURN, census_year
from cscmonitor.model.years import year_containing

PATTERNS: dict[str, tuple[str, str]] = {
    "SWENo": (r"[A-Za-z]{2}\d{10}", "a Social Work England number: two letters, ten digits"),
    "LEA": (r"\d{3}", "a three-digit local authority code"),
}
"""Column -> (the schema's pattern, what it means), checked on the text as written."""


def pattern_issues(raw: pl.DataFrame, table: str, file: str) -> list[Issue]:
    """An ``invalid-pattern`` warning for every value not shaped as the schema requires."""
    issues = []
    for column, (pattern, meaning) in PATTERNS.items():
        if column not in raw.columns:
            continue
        text = pl.col(column).str.strip_chars()
        bad = raw.filter(text.is_not_null() & (text != "")
                         & ~text.str.contains(f"^(?:{pattern})$"))
        issues += [Issue(file=file, code="invalid-pattern", expected=meaning, line=line,
                         table=table, field=column, value=value)
                   for value, line in bad.select(column, ROW).iter_rows()]
    return issues


def collection_year(file: str, given: int | None, reference: date | None,
                    stated_year: int | None) -> tuple[int, list[Issue]]:
    """The collection year from the file's census date or year, or the one the user gave.

    The user's year wins over the file's, with a warning when they differ; within the file
    the census date wins over the Year element.
    """
    issues: list[Issue] = []
    from_file = None
    if reference is not None:
        from_file = year_containing(reference)
        if stated_year is not None and stated_year != census_year(from_file):
            issues.append(Issue(file=file, code="year-mismatch", table="workforce_header",
                                field="Year", value=str(stated_year),
                                expected=f"{census_year(from_file)}, the year of the census "
                                f"date {reference.isoformat()}; the census date was used"))
    elif stated_year is not None:
        from_file = stated_year + 1
    if given is not None and from_file is not None and given != from_file:
        issues.append(Issue(file=file, code="year-mismatch", table="workforce_header",
                            value=year_label(from_file),
                            expected=f"{year_label(given)}, the year given; it was used"))
    year = given if given is not None else from_file
    if year is None:
        raise fatal(file, "unknown-year", "a census date in the file, or a year given with "
                    "--year")
    if year not in RETURN.years:
        raise fatal(file, "unsupported-year", "a collection year from "
                    f"{year_label(RETURN.years[0])} to {year_label(RETURN.years[-1])} (censuses "
                    f"at 30 September {census_year(RETURN.years[0])} to "
                    f"{census_year(RETURN.years[-1])})", value=year_label(year))
    return year, issues
