"""Public reference data kept beside the snapshots: DfE's published figures for benchmarking.

The warehouse only stores and returns plain frames (``ReferenceTables``); reading DfE's files
and answering comparisons is ``indicators.benchmarks``'s job. An import replaces the previous
one whole, in one transaction: the figures are a published edition, not a history of loads,
and mixing two editions would compare an LA with neighbours from a different release.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import polars as pl

from cscmonitor import __version__
from cscmonitor.warehouse.provenance import loaded_by
from cscmonitor.warehouse.schema import TableDef, ensure_table, existing_columns, quote
from cscmonitor.warehouse.store import Warehouse

_POLARS = {"VARCHAR": pl.String(), "BIGINT": pl.Int64(), "INTEGER": pl.Int32(),
           "DOUBLE": pl.Float64(), "TIMESTAMP": pl.Datetime("us")}

BENCHMARK_IMPORT = TableDef("benchmark_import", (
    ("imported_at", "TIMESTAMP"), ("imported_by", "VARCHAR"), ("cscmonitor_version", "VARCHAR"),
))
"""One row: when the stored figures were imported, and by whom."""

BENCHMARK_FILES = TableDef("benchmark_files", (
    ("file_name", "VARCHAR"), ("stem", "VARCHAR"), ("kind", "VARCHAR"), ("sha256", "VARCHAR"),
    ("size_bytes", "BIGINT"), ("figures", "BIGINT"),
))
"""Each imported file: what it was recognised as (statistics, population, sn_model)."""

BENCHMARK_FIGURES = TableDef("benchmark_figures", (
    ("stem", "VARCHAR"), ("value_column", "VARCHAR"), ("filters", "VARCHAR"),
    ("time_period", "INTEGER"), ("level", "VARCHAR"), ("area_code", "VARCHAR"),
    ("value", "DOUBLE"), ("marker", "VARCHAR"),
))
"""Every published figure in long form. ``filters`` is the row's dimension values as JSON with
sorted keys; ``level`` is england, region or la; a figure has a value or a marker (c, k...)."""

BENCHMARK_AREAS = TableDef("benchmark_areas", (
    ("code", "VARCHAR"), ("level", "VARCHAR"), ("name", "VARCHAR"), ("ons_code", "VARCHAR"),
    ("region_code", "VARCHAR"), ("region_name", "VARCHAR"),
))
"""England, the regions and the LAs (old 3-digit code) with names, as last published."""

BENCHMARK_NEIGHBOURS = TableDef("benchmark_neighbours", (
    ("la_code", "VARCHAR"), ("rank", "INTEGER"), ("neighbour_code", "VARCHAR"),
    ("closeness", "VARCHAR"),
))
"""The statistical neighbour model: each LA's neighbours, closest first."""

REFERENCE_TABLES = (BENCHMARK_FILES, BENCHMARK_FIGURES, BENCHMARK_AREAS, BENCHMARK_NEIGHBOURS)


def polars_schema(definition: TableDef) -> pl.Schema:
    return pl.Schema([(name, _POLARS[kind]) for name, kind in definition.columns])


@dataclass(frozen=True)
class ReferenceTables:
    """The frames of one edition of reference data, columns as in ``REFERENCE_TABLES``."""

    files: pl.DataFrame
    figures: pl.DataFrame
    areas: pl.DataFrame
    neighbours: pl.DataFrame

    def frames(self) -> dict[str, pl.DataFrame]:
        return {"benchmark_files": self.files, "benchmark_figures": self.figures,
                "benchmark_areas": self.areas, "benchmark_neighbours": self.neighbours}

    def conformed(self) -> ReferenceTables:
        """The same frames with exactly the stored columns, in order and types; raises
        ``ValueError`` naming the table when a column is missing."""
        frames = []
        for definition in REFERENCE_TABLES:
            frame = self.frames()[definition.name]
            schema = polars_schema(definition)
            missing = [n for n in schema.names() if n not in frame.columns]
            if missing:
                raise ValueError(f"{definition.name}: missing columns {missing}")
            frames.append(frame.select(schema.names()).cast(schema))
        return ReferenceTables(*frames)


@dataclass(frozen=True)
class ReferenceImport:
    """What the warehouse holds: the tables and when they were imported."""

    tables: ReferenceTables
    imported_at: datetime
    imported_by: str
    cscmonitor_version: str


_INCOMING = "_cscmonitor_incoming_reference"


def store_reference_data(warehouse: Warehouse, tables: ReferenceTables,
                         imported_at: datetime | None = None) -> None:
    """Replace the stored reference data with ``tables``, in one transaction."""
    conformed = tables.conformed()
    when = (imported_at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)

    def replace(con: duckdb.DuckDBPyConnection) -> None:
        present = existing_columns(con)
        for definition in (BENCHMARK_IMPORT, *REFERENCE_TABLES):
            ensure_table(con, definition, present.get(definition.name))
            con.execute(f"DELETE FROM {quote(definition.name)}")
        con.execute(f"INSERT INTO {quote(BENCHMARK_IMPORT.name)} VALUES (?, ?, ?)",
                    [when, loaded_by(), __version__])
        for name, frame in conformed.frames().items():
            if frame.height == 0:
                continue
            con.register(_INCOMING, frame.to_arrow())
            try:
                names = ", ".join(quote(n) for n in frame.columns)
                con.execute(f"INSERT INTO {quote(name)} ({names}) SELECT {names} FROM {_INCOMING}")
            finally:
                con.unregister(_INCOMING)

    warehouse.write(replace)


def read_reference_data(warehouse: Warehouse) -> ReferenceImport | None:
    """The stored reference data, or None when none was ever imported."""
    with warehouse.reading() as con:
        present = {name.lower() for name in existing_columns(con)}
    if BENCHMARK_IMPORT.name not in present:
        return None
    stamp = warehouse.query(
        f"SELECT imported_at, imported_by, cscmonitor_version FROM {BENCHMARK_IMPORT.name}")
    if stamp.height == 0:
        return None
    frames = []
    for definition in REFERENCE_TABLES:
        schema = polars_schema(definition)
        columns = ", ".join(quote(n) for n in schema.names())
        frame = warehouse.query(f"SELECT {columns} FROM {quote(definition.name)} "
                                "ORDER BY rowid")
        frames.append(frame.cast(schema) if frame.height else pl.DataFrame(schema=schema))
    at, by, version = stamp.row(0)
    return ReferenceImport(ReferenceTables(*frames), at.replace(tzinfo=UTC), by, version)
