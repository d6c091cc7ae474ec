"""Writing the SSDA903 CSV set exactly as DfE's collection expects it.

One file per table of the year, with DfE's column names in specification order as the header,
dates as dd/mm/yyyy, UTF-8 without a byte order mark and minimal quoting. Lines end in CRLF:
RFC 4180 specifies it, and the files DfE receives come from Windows case management systems
and Excel, which write it (the newest reference sample, sw_episodes.csv, does). Readers accept
either ending, so LF files read just as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import polars as pl

from cscmonitor.formats.ssda903.years import readable_years
from cscmonitor.model import year_label
from cscmonitor.model.returns import ssda903 as spec

FILE_NAMES: dict[str, str] = {
    spec.HEADER.name: "header.csv",
    spec.EPISODES.name: "episodes.csv",
    spec.UASC.name: "uasc.csv",
    spec.REVIEWS.name: "reviews.csv",
    spec.OC2.name: "oc2.csv",
    spec.OC3.name: "oc3.csv",
    spec.AD1.name: "ad1.csv",
    spec.PLACED_FOR_ADOPTION.name: "placed_for_adoption.csv",
    spec.PREVIOUS_PERMANENCE.name: "previous_permanence.csv",
    spec.MISSING.name: "missing.csv",
    spec.SOCIAL_WORKER.name: "sw_episodes.csv",
    spec.DOL.name: "dolo.csv",
}
"""File names as the community tools and DfE's guidance call the files."""

LINE_END = "\r\n"
DATE_FORMAT = "%d/%m/%Y"


def check_tables(tables: Mapping[str, pl.DataFrame], year: int) -> None:
    """Refuse what the year's return cannot carry, rather than silently leaving it out."""
    if year not in readable_years():
        raise ValueError(f"cscmonitor does not write SSDA903 returns for {year_label(year)}")
    known = {t.name: t for t in spec.RETURN.tables}
    for name, frame in tables.items():
        if name not in known:
            raise ValueError(f"{name} is not an SSDA903 table")
        if not known[name].in_year(year) and not frame.is_empty():
            raise ValueError(f"{name} is not part of the {year_label(year)} return")


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    """Write each supplied table of the year's return; return the files written."""
    check_tables(tables, year)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in spec.RETURN.tables:
        if table.name not in tables or not table.in_year(year):
            continue
        path = out_dir / FILE_NAMES[table.name]
        columns = [c.name for c in table.columns_in_year(year)]
        tables[table.name].select(columns).write_csv(
            path, line_terminator=LINE_END, date_format=DATE_FORMAT, null_value="",
            quote_style="necessary")
        written.append(path)
    return written
