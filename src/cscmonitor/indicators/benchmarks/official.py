"""Reading DfE's official statistics files in their published layout into long frames.

The files are those of explore-education-statistics: geography columns (``time_period``,
``geographic_level``, ``country_code``, ``region_code``, ``old_la_code``, ``la_name``...), then
dimension columns (``cla_group``, ``breakdown``...) and value columns. Every value column is
kept, with the row's dimension values, so any comparator declared later can be answered
without re-importing. A file is recognised by its columns, never by its name.

Values are numbers or DfE's markers: ``c`` suppressed, ``k`` rounds to zero (below 0.5),
``u`` low reliability, ``x`` not available, ``z`` not applicable, ``low`` (workforce: too few
to show). A marker is kept as a marker with no value and never read as a number. DfE writes
average durations of the adoption process as years:months (``01:08``); these are kept as
months (20). A value that is none of these stops the import with its file, line and column.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import polars as pl

from cscmonitor.formats.issues import FormatError
from cscmonitor.formats.source import decode_text
from cscmonitor.warehouse.reference_data import (
    BENCHMARK_AREAS,
    BENCHMARK_FIGURES,
    BENCHMARK_FILES,
    BENCHMARK_NEIGHBOURS,
    ReferenceTables,
    polars_schema,
)

MARKERS = frozenset({"c", "k", "u", "x", "z", "low"})
"""DfE's suppression and availability markers (GSS symbols), as published."""

ENGLAND = "E92000001"
GEOGRAPHY = ("time_period", "time_identifier", "geographic_level", "country_code",
             "country_name", "region_code", "region_name", "old_la_code", "new_la_code",
             "la_name")
LONDON = ("E12000007", "London")
LONDON_PARTS = ("E13000001", "E13000002")
"""Inner and Outer London: some files place boroughs in these; their region is London."""
_LEVELS = {"National": "england", "Regional": "region", "Local authority": "la"}
_NUMBER = r"^-?\d+(\.\d+)?$"
_DURATION = r"^\d+:\d{2}$"
_NEIGHBOURS = 10
MAX_FILE_BYTES = 64 * 1024 * 1024


class BenchmarkFileError(ValueError):
    """A reference file can't be read; the message names the file, line and column."""

    def __init__(self, file: str, problem: str, line: int | None = None,
                 column: str | None = None) -> None:
        where = file + (f", line {line}" if line is not None else "")
        where += f", column {column}" if column else ""
        super().__init__(f"{where}: {problem}")
        self.file, self.line, self.column = file, line, column


class Kind(StrEnum):
    STATISTICS = "statistics"
    POPULATION = "population"
    SN_MODEL = "sn_model"


@dataclass(frozen=True)
class ReadOutcome:
    tables: ReferenceTables
    notes: tuple[str, ...]
    """Files left out and why (not a CSV, not a layout cscmonitor knows)."""


@dataclass(frozen=True)
class _Csv:
    path: Path
    header: tuple[str, ...]
    rows: list[list[str]]
    lines: list[int]
    sha256: str


def _read_csv(path: Path) -> _Csv:
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise BenchmarkFileError(path.name, f"larger than {MAX_FILE_BYTES // 2**20} MiB")
    try:
        text = decode_text(data, path.name)
    except FormatError as error:
        raise BenchmarkFileError(path.name, f"not readable text ({error})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = tuple(h.strip() for h in next(reader))
    except StopIteration:
        raise BenchmarkFileError(path.name, "the file is empty") from None
    except csv.Error as error:
        raise BenchmarkFileError(path.name, f"not a CSV file ({error})", 1) from None
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        raise BenchmarkFileError(path.name, "the header names this column twice", 1, repeated[0])
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise BenchmarkFileError(
                    path.name, f"{len(row)} fields where the header has {len(header)}",
                    reader.line_num)
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as error:
        raise BenchmarkFileError(path.name, f"malformed CSV ({error})", reader.line_num) from None
    return _Csv(path, header, rows, lines, hashlib.sha256(data).hexdigest())


def kind_of(header: Sequence[str]) -> Kind | None:
    """What a CSV is, from its columns."""
    columns = set(header)
    if {"old_la_code", *(f"SN_{n}" for n in range(1, _NEIGHBOURS + 1))} <= columns:
        return Kind.SN_MODEL
    if {"time_period", "geographic_level", "country_code"} <= columns:
        if {"age_group", "population_estimate"} <= columns:
            return Kind.POPULATION
        return Kind.STATISTICS
    return None


def _frame(table: _Csv) -> pl.DataFrame:
    columns = {name: [row[i].strip() for row in table.rows]
               for i, name in enumerate(table.header)}
    return pl.DataFrame(columns, schema=dict.fromkeys(table.header, pl.String())).with_columns(
        pl.Series("_line", table.lines, dtype=pl.Int64))


def _first_bad(frame: pl.DataFrame, bad: pl.Expr, file: str, column: str, problem: str) -> None:
    found = frame.filter(bad)
    if found.height:
        line, value = found.row(0, named=True)["_line"], found.row(0, named=True)[column]
        raise BenchmarkFileError(file, f"{problem}, found {value!r}", line, column)


def _geography(frame: pl.DataFrame, file: str) -> pl.DataFrame:
    """Rows of the three levels cscmonitor compares at, with their year, level and area."""
    missing = [c for c in ("time_period", "geographic_level", "country_code") if c not in frame]
    if missing:
        raise BenchmarkFileError(file, f"missing columns {missing}")
    period = pl.col("time_period")
    _first_bad(frame, ~period.str.contains(r"^\d{4}(\d{2})?$"), file, "time_period",
               "expected a year such as 2025 or 202425")
    frame = frame.filter(pl.col("geographic_level").is_in(list(_LEVELS)))
    level = pl.col("geographic_level").replace_strict(_LEVELS)
    for name, needed in (("region_code", "Regional"), ("old_la_code", "Local authority")):
        if name not in frame.columns:
            if frame.filter(pl.col("geographic_level") == needed).height:
                raise BenchmarkFileError(file, f"{needed} rows but no {name} column")
            frame = frame.with_columns(pl.lit(None, pl.String).alias(name))
    area = (pl.when(level == "england").then(pl.col("country_code"))
            .when(level == "region").then(pl.col("region_code"))
            .otherwise(pl.col("old_la_code")))
    frame = frame.with_columns(
        level.alias("level"), area.replace("", None).alias("area_code"),
        pl.when(period.str.len_chars() == 6)
        .then(period.str.slice(0, 4).cast(pl.Int32) + 1)
        .otherwise(period.cast(pl.Int32)).alias("time_period"))
    _first_bad(frame, pl.col("area_code").is_null(), file, "geographic_level",
               "an area code is missing for this level")
    return frame


def _value_columns(frame: pl.DataFrame, header: Sequence[str]) -> tuple[list[str], list[str]]:
    """(dimension columns, value columns): a column holds values when any of its cells is a
    number, or all of them are markers (a figure suppressed everywhere)."""
    dimensions: list[str] = []
    values: list[str] = []
    for name in header:
        if name in GEOGRAPHY:
            continue
        cells = frame.get_column(name).filter(frame.get_column(name) != "")
        numeric = cells.str.contains(f"{_NUMBER}|{_DURATION}").any() or (
            cells.len() > 0 and cells.str.to_lowercase().is_in(MARKERS).all())
        (values if numeric else dimensions).append(name)
    return dimensions, values


def _filters(dimensions: Sequence[str]) -> pl.Expr:
    """The row's dimension values as JSON with sorted keys: one text per published series."""
    if not dimensions:
        return pl.lit("{}").alias("filters")
    return pl.struct(sorted(dimensions)).struct.json_encode().alias("filters")


def _long(frame: pl.DataFrame, stem: str, file: str,
          header: Sequence[str]) -> pl.DataFrame:
    dimensions, values = _value_columns(frame, header)
    if not values:
        raise BenchmarkFileError(file, "no column holds figures (numbers or DfE markers)")
    frame = frame.with_columns(_filters(dimensions))
    long = frame.unpivot(values, index=["filters", "time_period", "level", "area_code", "_line"],
                         variable_name="value_column", value_name="raw").filter(
        pl.col("raw") != "")
    raw = pl.col("raw")
    lowered = raw.str.to_lowercase()
    known = raw.str.contains(_NUMBER) | raw.str.contains(_DURATION) | lowered.is_in(MARKERS)
    bad = long.filter(~known)
    if bad.height:
        first = bad.row(0, named=True)
        raise BenchmarkFileError(file, f"expected a number or a DfE marker "
                                       f"({', '.join(sorted(MARKERS))}), found {first['raw']!r}",
                                 first["_line"], first["value_column"])
    years_months = raw.str.split(":")
    value = (pl.when(raw.str.contains(_NUMBER)).then(raw.cast(pl.Float64, strict=False))
             .when(raw.str.contains(_DURATION))
             .then(years_months.list.get(0).cast(pl.Float64) * 12
                   + years_months.list.get(1).cast(pl.Float64)))
    long = long.with_columns(
        pl.lit(stem).alias("stem"), value.alias("value"),
        pl.when(lowered.is_in(MARKERS)).then(lowered).alias("marker"))
    keys = ["value_column", "filters", "time_period", "level", "area_code"]
    repeated = long.filter(pl.int_range(pl.len()).over(keys) > 0)
    if repeated.height:
        first = repeated.sort("_line").row(0, named=True)
        raise BenchmarkFileError(file, f"a second figure for {first['level']} "
                                       f"{first['area_code']} in {first['time_period']}",
                                 first["_line"], first["value_column"])
    return long.select(polars_schema(BENCHMARK_FIGURES).names())


def _areas(frame: pl.DataFrame) -> pl.DataFrame:
    """Names and regions of every area in one file, with the year each was published."""
    def text(name: str) -> pl.Expr:
        if name in frame.columns:
            return pl.col(name).replace("", None)
        return pl.lit(None, pl.String)

    la = pl.col("level") == "la"
    in_london = text("region_code").is_in(list(LONDON_PARTS))
    name = (pl.when(pl.col("level") == "england").then(text("country_name"))
            .when(pl.col("level") == "region").then(text("region_name"))
            .otherwise(text("la_name")))
    return frame.select(
        pl.col("area_code").alias("code"), "level", name.alias("name"),
        pl.when(pl.col("level") == "la").then(text("new_la_code")).alias("ons_code"),
        pl.when(la & in_london).then(pl.lit(LONDON[0]))
        .when(pl.col("level") != "england").then(text("region_code")).alias("region_code"),
        pl.when(la & in_london).then(pl.lit(LONDON[1]))
        .when(pl.col("level") != "england").then(text("region_name")).alias("region_name"),
        "time_period")


def _neighbours(table: _Csv) -> pl.DataFrame:
    frame = _frame(table)
    _first_bad(frame, ~pl.col("old_la_code").str.contains(r"^\d{3}$"), table.path.name,
               "old_la_code", "expected a 3-digit LA code")
    parts = []
    for rank in range(1, _NEIGHBOURS + 1):
        code, close = f"SN_{rank}", f"SN_{rank}P"
        _first_bad(frame, ~pl.col(code).str.contains(r"^(\d{3})?$"), table.path.name, code,
                   "expected a 3-digit LA code")
        closeness = pl.col(close).str.strip_chars() if close in frame.columns else pl.lit(None)
        parts.append(frame.select(
            pl.col("old_la_code").alias("la_code"), pl.lit(rank, pl.Int32).alias("rank"),
            pl.col(code).alias("neighbour_code"),
            closeness.cast(pl.String).replace("", None).alias("closeness")))
    return pl.concat(parts).filter(pl.col("neighbour_code") != "").sort("la_code", "rank")


def _files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir()
                     else [path])
    return found


def read_reference(paths: Iterable[Path]) -> ReadOutcome:
    """Every statistics, population and neighbour-model CSV among ``paths`` (files or
    folders). Raises ``BenchmarkFileError`` for the first file that can't be read."""
    notes: list[str] = []
    files: list[dict[str, str | int]] = []
    figures: list[pl.DataFrame] = []
    areas: list[pl.DataFrame] = []
    neighbours: pl.DataFrame | None = None
    for path in _files(paths):
        if path.suffix.lower() != ".csv":
            notes.append(f"{path.name}: not a CSV file, left out")
            continue
        table = _read_csv(path)
        kind = kind_of(table.header)
        if kind is None:
            notes.append(f"{path.name}: not a statistics, population or neighbour-model "
                         "layout cscmonitor knows, left out")
            continue
        if kind is Kind.SN_MODEL:
            if neighbours is not None:
                raise BenchmarkFileError(path.name, "a second statistical neighbour model")
            neighbours = _neighbours(table)
            count = neighbours.height
        else:
            frame = _geography(_frame(table), path.name)
            long = _long(frame, path.stem, path.name, table.header)
            figures.append(long)
            areas.append(_areas(frame))
            count = long.height
        files.append({"file_name": path.name, "stem": path.stem, "kind": kind.value,
                      "sha256": table.sha256, "size_bytes": path.stat().st_size,
                      "figures": count})
    stems = [str(f["stem"]) for f in files]
    repeated = sorted({s for s in stems if stems.count(s) > 1})
    if repeated:
        raise BenchmarkFileError(repeated[0], "two files with this name")
    return ReadOutcome(ReferenceTables(
        files=pl.DataFrame(files, schema=polars_schema(BENCHMARK_FILES)),
        figures=_sorted_figures(figures),
        areas=_latest_areas(areas),
        neighbours=(neighbours if neighbours is not None
                    else pl.DataFrame(schema=polars_schema(BENCHMARK_NEIGHBOURS))),
    ).conformed(), tuple(notes))


def _sorted_figures(parts: list[pl.DataFrame]) -> pl.DataFrame:
    schema = polars_schema(BENCHMARK_FIGURES)
    if not parts:
        return pl.DataFrame(schema=schema)
    return pl.concat(parts).cast(schema).sort(
        "stem", "value_column", "filters", "level", "area_code", "time_period")


def _latest_areas(parts: list[pl.DataFrame]) -> pl.DataFrame:
    """Each area as most recently published (an LA's name or region can change)."""
    schema = polars_schema(BENCHMARK_AREAS)
    if not parts:
        return pl.DataFrame(schema=schema)
    every = pl.concat(parts).filter(pl.col("name").is_not_null())
    return (every.sort("code", "time_period", maintain_order=True)
            .group_by("code", maintain_order=True).last()
            .select(schema.names()).cast(schema).sort("level", "code"))
