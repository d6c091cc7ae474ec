"""The workforce census as a CSV of workers, the way case management systems export it.

One row per worker with the worker table's columns, headed by their canonical (XML element)
names or the common variants. The CSV carries no census date, so its collection year is the one
the user gives; it holds no header or vacancy counts, so those tables come back empty.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import polars as pl

from cscmonitor.formats.delimited import header_cells, match_headers, read_delimited, to_raw
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.source import read_bytes
from cscmonitor.formats.values import Located, coerce
from cscmonitor.formats.workforce.census import collection_year, pattern_issues
from cscmonitor.model.returns.workforce import HEADER, RETURN, VACANCY, WORKER, census_date

FORMAT = "workforce-csv"
MIN_COLUMNS = 3
"""A worker CSV names SWENo and at least this many worker columns in its header."""


def sniff(path: Path, head: bytes) -> bool:
    """A delimited file whose header names the worker table's columns, SWENo among them."""
    found = set(match_headers(header_cells(head, path.name), WORKER).values())
    return "SWENo" in found and len(found) >= MIN_COLUMNS


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """Read one workers CSV; the collection year must be given."""
    if len(paths) != 1:
        raise ValueError("a workforce CSV is read on its own")
    path = paths[0]
    file = path.name
    year, issues = collection_year(file, options.year, None, None)
    raw, header_issues = to_raw(read_delimited(read_bytes(path, options.limits), file), WORKER,
                                file)
    workers, problems = coerce(raw, WORKER, year, Located(file, WORKER.name))
    issues += header_issues + pattern_issues(raw, WORKER.name, file) + problems
    return ReadResult(return_name=RETURN.name, format=FORMAT, collection_year=year,
                      tables={HEADER.name: HEADER.empty_frame(),
                              VACANCY.name: VACANCY.empty_frame(), WORKER.name: workers},
                      files=[path], issues=issues, reference_date=census_date(year))


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    """Write ``workforce_workers_<year>.csv``: ISO dates, columns in the schema's order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"workforce_workers_{year}.csv"
    workers = tables.get(WORKER.name, WORKER.empty_frame())
    workers.select([c.name for c in WORKER.columns_in_year(year)]).write_csv(path)
    return [path]
