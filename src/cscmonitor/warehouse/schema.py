"""The warehouse's tables, derived from the model registry and grown (never shrunk) to match it.

Each canonical table becomes a DuckDB table of the same name holding every snapshot's rows:
``snapshot_id``, then the table's columns, then ``_row``. Three bookkeeping tables record
provenance. Opening a warehouse made by an older cscmonitor adds the tables and columns the
model has gained since; nothing is ever dropped, so old snapshots stay readable.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, fields

import duckdb
import polars as pl

from cscmonitor.formats.issues import Issue
from cscmonitor.model import Registry, Table
from cscmonitor.warehouse.errors import WarehouseError

SNAPSHOT_ID = "snapshot_id"

_DUCKDB_TYPES: dict[type[pl.DataType], str] = {
    pl.Date: "DATE",
    pl.Datetime: "TIMESTAMP",
    pl.Int64: "BIGINT",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.String: "VARCHAR",
}


def quote(identifier: str) -> str:
    """A DuckDB identifier, quoted so DfE's mixed-case names (``LAchildID``) survive."""
    return '"' + identifier.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A SQL string literal (for names taken from the registry, never from input files)."""
    return "'" + text.replace("'", "''") + "'"


def duckdb_type(dtype: pl.DataType) -> str:
    try:
        return _DUCKDB_TYPES[dtype.base_type()]
    except KeyError:
        raise WarehouseError(f"no warehouse type for polars type {dtype}") from None


@dataclass(frozen=True)
class TableDef:
    """A warehouse table: columns in order (name, DuckDB type) and create-time constraints."""

    name: str
    columns: tuple[tuple[str, str], ...]
    constraints: tuple[str, ...] = ()


def _issue_columns() -> tuple[tuple[str, str], ...]:
    """Every ``Issue`` field, so a field added to ``Issue`` is kept without editing this."""
    hints = typing.get_type_hints(Issue)
    columns = []
    for item in fields(Issue):
        hint = hints[item.name]
        is_int = hint is int or int in typing.get_args(hint)
        columns.append((item.name, "BIGINT" if is_int else "VARCHAR"))
    return tuple(columns)


SNAPSHOTS = TableDef(
    "snapshots",
    (
        (SNAPSHOT_ID, "BIGINT"),
        ("return_name", "VARCHAR"),
        ("format", "VARCHAR"),
        ("collection_year", "INTEGER"),
        ("la_code", "VARCHAR"),
        ("reference_date", "DATE"),
        ("identity", "VARCHAR"),
        ("loaded_at", "TIMESTAMP"),
        ("loaded_by", "VARCHAR"),
        ("row_counts", "JSON"),
        ("warning_count", "BIGINT"),
        ("cscmonitor_version", "VARCHAR"),
    ),
    (f"PRIMARY KEY ({SNAPSHOT_ID})", "UNIQUE (identity)"),
)
SNAPSHOT_FILES = TableDef(
    "snapshot_files",
    (
        (SNAPSHOT_ID, "BIGINT"),
        ("file_name", "VARCHAR"),
        ("sha256", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("format", "VARCHAR"),
    ),
)
SNAPSHOT_ISSUES = TableDef(
    "snapshot_issues",
    ((SNAPSHOT_ID, "BIGINT"), ("issue_no", "BIGINT"), *_issue_columns(), ("severity", "VARCHAR")),
)
BOOKKEEPING = (SNAPSHOTS, SNAPSHOT_FILES, SNAPSHOT_ISSUES)


def canonical_def(table: Table) -> TableDef:
    columns = [(name, duckdb_type(dtype)) for name, dtype in table.polars_schema().items()]
    return TableDef(table.name, ((SNAPSHOT_ID, "BIGINT"), *columns))


Columns = dict[str, tuple[str, str]]
"""Lower-cased column name -> (name as stored, DuckDB type), for one existing table."""


def existing_columns(con: duckdb.DuckDBPyConnection) -> dict[str, Columns]:
    """Every table's columns by lower-cased table name, read in one catalogue query."""
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database() "
        "AND NOT internal ORDER BY table_name, column_index"
    ).fetchall()
    tables: dict[str, Columns] = {}
    for table, column, kind in rows:
        tables.setdefault(str(table).lower(), {})[str(column).lower()] = (str(column), str(kind))
    return tables


def ensure_table(con: duckdb.DuckDBPyConnection, definition: TableDef,
                 existing: Columns | None) -> None:
    """Create the table, or add the columns it lacks; refuse a column whose type changed."""
    if not existing:
        parts = [f"{quote(n)} {t}" for n, t in definition.columns] + list(definition.constraints)
        con.execute(f"CREATE TABLE {quote(definition.name)} ({', '.join(parts)})")
        return
    for name, kind in definition.columns:
        found = existing.get(name.lower())
        if found is None:
            con.execute(f"ALTER TABLE {quote(definition.name)} ADD COLUMN {quote(name)} {kind}")
        elif found[1].upper() != kind:
            raise WarehouseError(
                f"{definition.name}.{found[0]} is {found[1]} in the warehouse but the model now "
                f"says {kind}; a type change needs a migration, cscmonitor will not guess one"
            )


def ensure_tables(con: duckdb.DuckDBPyConnection, registry: Registry) -> None:
    existing = existing_columns(con)
    definitions = [*BOOKKEEPING, *(canonical_def(t) for t in registry.tables.values())]
    for definition in definitions:
        ensure_table(con, definition, existing.get(definition.name.lower()))
