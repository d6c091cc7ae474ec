"""Derived views: what is current, each child's rows across years, and which years a child is in.

"Current" means the latest loaded snapshot of each return for each collection year and local
authority: a resubmitted census replaces the earlier load in every view while both snapshots
stay stored. "Latest loaded" is the highest snapshot id (ids are given in load order, so a
clock change cannot reorder them). Opening the warehouse rebuilds the views whenever the
model defines them differently, so they always cover every table and column the model has.
"""

from __future__ import annotations

import hashlib

import duckdb

from cscmonitor.model import ROW, Registry, Table
from cscmonitor.warehouse.errors import WarehouseError
from cscmonitor.warehouse.schema import BOOKKEEPING, SNAPSHOT_ID, literal, quote

CURRENT_SNAPSHOTS = "current_snapshots"
CHILD_YEARS = "child_years"
_HISTORY_EXTRA = ("collection_year", "la_code")


def current_view(table: str) -> str:
    return f"{table}_current"


def history_view(table: str) -> str:
    return f"{table}_history"


def check_names(registry: Registry) -> None:
    """Refuse a model whose names would collide with the warehouse's own tables and views."""
    taken = {t.name.lower() for t in BOOKKEEPING} | {CURRENT_SNAPSHOTS, CHILD_YEARS}
    for table in registry.tables.values():
        for name in (table.name, current_view(table.name), history_view(table.name)):
            if name.lower() in taken:
                raise WarehouseError(f"table {table.name}: the name {name!r} is already used")
            taken.add(name.lower())
        for column in table.column_names:
            if column.lower() in (SNAPSHOT_ID, *_HISTORY_EXTRA):
                raise WarehouseError(
                    f"table {table.name}: column {column!r} clashes with the warehouse's own "
                    f"{column.lower()} column"
                )


def _columns(table: Table, alias: str) -> str:
    return ", ".join(f"{alias}.{quote(c)}" for c in (*table.column_names, ROW))


def _current_sql(table: Table) -> str:
    return (
        f"CREATE OR REPLACE VIEW {quote(current_view(table.name))} AS "
        f"SELECT t.{SNAPSHOT_ID}, {_columns(table, 't')} FROM {quote(table.name)} AS t "
        f"WHERE t.{SNAPSHOT_ID} IN (SELECT {SNAPSHOT_ID} FROM {CURRENT_SNAPSHOTS})"
    )


def _history_sql(table: Table) -> str:
    return (
        f"CREATE OR REPLACE VIEW {quote(history_view(table.name))} AS "
        f"SELECT s.collection_year, s.la_code, t.{SNAPSHOT_ID}, {_columns(table, 't')} "
        f"FROM {quote(table.name)} AS t JOIN {CURRENT_SNAPSHOTS} AS s "
        f"ON t.{SNAPSHOT_ID} = s.{SNAPSHOT_ID}"
    )


def _child_years_sql(registry: Registry) -> str:
    """One row per child, return and year: the child id links a child across years."""
    parts = [
        f"SELECT CAST(h.{quote(t.child_id)} AS VARCHAR) AS child_id, "
        f"{literal(t.return_name)} AS return_name, h.collection_year, h.la_code, "
        f"h.{SNAPSHOT_ID}, {literal(t.name)} AS table_name "
        f"FROM {quote(history_view(t.name))} AS h WHERE h.{quote(t.child_id)} IS NOT NULL"
        for t in sorted(registry.tables.values(), key=lambda t: t.name)
        if t.child_id is not None
    ]
    if not parts:
        return (
            f"CREATE OR REPLACE VIEW {CHILD_YEARS} AS SELECT NULL::VARCHAR AS child_id, "
            "NULL::VARCHAR AS return_name, NULL::INTEGER AS collection_year, "
            f"NULL::VARCHAR AS la_code, NULL::BIGINT AS {SNAPSHOT_ID}, "
            "NULL::VARCHAR[] AS tables WHERE false"
        )
    return (
        f"CREATE OR REPLACE VIEW {CHILD_YEARS} AS "
        f"SELECT child_id, return_name, collection_year, la_code, {SNAPSHOT_ID}, "
        "list(DISTINCT table_name ORDER BY table_name) AS tables "
        f"FROM ({' UNION ALL '.join(parts)}) "
        f"GROUP BY child_id, return_name, collection_year, la_code, {SNAPSHOT_ID}"
    )


def _statements(registry: Registry) -> dict[str, str]:
    """View name -> its ``CREATE OR REPLACE VIEW`` statement, dependencies first."""
    statements = {CURRENT_SNAPSHOTS: (
        f"CREATE OR REPLACE VIEW {CURRENT_SNAPSHOTS} AS SELECT * FROM snapshots "
        f"QUALIFY row_number() OVER (PARTITION BY return_name, collection_year, la_code "
        f"ORDER BY {SNAPSHOT_ID} DESC) = 1"
    )}
    for table in registry.tables.values():
        statements[current_view(table.name)] = _current_sql(table)
        statements[history_view(table.name)] = _history_sql(table)
    statements[CHILD_YEARS] = _child_years_sql(registry)
    return statements


def create_views(con: duckdb.DuckDBPyConnection, registry: Registry) -> None:
    """(Re)create the views unless every one exists as this model defines it.

    A digest of the definitions is kept as the comment on ``current_snapshots``, so opening an
    up-to-date warehouse writes nothing.
    """
    statements = _statements(registry)
    digest = "cscmonitor:" + hashlib.sha256("\n".join(statements.values()).encode()).hexdigest()
    present = dict(con.execute(
        "SELECT lower(view_name), comment FROM duckdb_views() "
        "WHERE schema_name = 'main' AND NOT internal").fetchall())
    if present.get(CURRENT_SNAPSHOTS) == digest and all(n.lower() in present
                                                        for n in statements):
        return
    for statement in statements.values():
        con.execute(statement)
    con.execute(f"COMMENT ON VIEW {CURRENT_SNAPSHOTS} IS {literal(digest)}")
