"""From raw 903 tables (strings, whichever layout they came from) to one ReadResult.

The CSV set and the XML file differ only in how they carry the tables; the year, the typing
of values and the checks against the year are the same, so both readers end here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from cscmonitor.formats.issues import Issue
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.ssda903 import years
from cscmonitor.formats.values import Located, coerce
from cscmonitor.model import Table, year_end
from cscmonitor.model.returns.ssda903 import EPISODES, RETURN


@dataclass(frozen=True)
class RawTable:
    """One table's raw text (canonical column names, strings, ``_row``) and its file."""

    table: Table
    frame: pl.DataFrame
    file: str


def finish(raws: Sequence[RawTable], files: Sequence[Path], format_name: str,
           options: ReadOptions, issues: Sequence[Issue] = ()) -> ReadResult:
    """Type every table for the collection year and check the data against that year."""
    by_name = {raw.table.name: raw for raw in raws}
    first_file = files[0].name
    episodes = by_name.get(EPISODES.name)
    latest = years.latest_start(episodes.frame, episodes.file) if episodes else None
    year = options.year if options.year is not None else years.detected_year(
        latest, first_file)
    years.check_readable(year, first_file)

    found = list(issues)
    tables = {t.name: t.empty_frame() for t in RETURN.tables}
    for raw in raws:
        if raw.frame.is_empty():  # nothing to type or report (and typing has a fixed cost)
            continue
        if not raw.table.in_year(year):
            found.append(years.out_of_year_table(raw.table, year, raw.file))
        tables[raw.table.name], problems = coerce(raw.frame, raw.table, year,
                                                  Located(raw.file, raw.table.name))
        found += problems
    if options.year is not None:
        sources = {name: by_name[name].file if name in by_name else first_file
                   for name in years.ACTIVITY_DATES}
        found += years.given_year_issues(tables, sources, year, latest)
    return ReadResult(return_name=RETURN.name, format=format_name, collection_year=year,
                      tables=tables, files=list(files), issues=found,
                      reference_date=year_end(year))
