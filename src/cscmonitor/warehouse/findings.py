"""Validation results kept with the snapshot they were found in.

Storing what each validation found, rule by rule, lets the data-quality trend across loads be
shown later (errors per month, rules that keep failing). The warehouse knows nothing of the
rules: it stores plain frames whose columns match ``RULE_RUNS`` and ``FINDINGS``.

Snapshots are immutable, but findings are derived from them by rules that improve: validating a
snapshot again replaces its previous findings and rule runs, in one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import polars as pl

from cscmonitor.model import ROW
from cscmonitor.warehouse.errors import WarehouseError
from cscmonitor.warehouse.schema import SNAPSHOT_ID, TableDef, ensure_table, quote
from cscmonitor.warehouse.store import Warehouse

VALIDATED_AT = "validated_at"

RULE_RUNS = TableDef("rule_runs", (
    (SNAPSHOT_ID, "BIGINT"), (VALIDATED_AT, "TIMESTAMP"), ("rule", "VARCHAR"),
    ("severity", "VARCHAR"), ("outcome", "VARCHAR"), ("findings", "BIGINT"),
    ("detail", "VARCHAR"),
))
"""One row per rule run: passed, failed, skipped or crashed, with its finding count."""

FINDINGS = TableDef("findings", (
    (SNAPSHOT_ID, "BIGINT"), ("rule", "VARCHAR"), ("severity", "VARCHAR"),
    ("table_name", "VARCHAR"), (ROW, "BIGINT"), ("child_id", "VARCHAR"), ("fields", "VARCHAR"),
    ("values", "VARCHAR"), ("message", "VARCHAR"),
))
"""One row per flagged record."""

_INCOMING = "_cscmonitor_incoming_findings"
_POLARS = {"BIGINT": pl.Int64(), "VARCHAR": pl.String(), "TIMESTAMP": pl.Datetime("us")}


def _columns(definition: TableDef, *, given: tuple[str, ...] = ()) -> list[str]:
    """The columns a caller's frame must have: every one but those the warehouse fills."""
    return [name for name, _ in definition.columns if name not in (SNAPSHOT_ID, *given)]


def _schema(definition: TableDef) -> pl.Schema:
    return pl.Schema([(name, _POLARS[kind]) for name, kind in definition.columns])


def _checked(definition: TableDef, frame: pl.DataFrame, expected: list[str]) -> pl.DataFrame:
    if sorted(frame.columns) != sorted(expected):
        raise WarehouseError(f"{definition.name}: expected columns {expected}, "
                             f"got {frame.columns}")
    return frame.select(expected)


def store_validation(warehouse: Warehouse, snapshot_id: int, runs: pl.DataFrame,
                     findings: pl.DataFrame, validated_at: datetime | None = None) -> None:
    """Keep one validation of a snapshot, replacing any earlier one of the same snapshot.

    ``runs`` has the ``RULE_RUNS`` columns but ``snapshot_id`` and ``validated_at``;
    ``findings`` has the ``FINDINGS`` columns but ``snapshot_id``.
    """
    warehouse.snapshot(snapshot_id)
    when = (validated_at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    run_rows = _checked(RULE_RUNS, runs, _columns(RULE_RUNS, given=(VALIDATED_AT,)))
    finding_rows = _checked(FINDINGS, findings, _columns(FINDINGS))

    def replace(con: duckdb.DuckDBPyConnection) -> None:
        present = _present(con)
        for definition in (RULE_RUNS, FINDINGS):
            ensure_table(con, definition, present.get(definition.name))
            con.execute(f"DELETE FROM {quote(definition.name)} WHERE {SNAPSHOT_ID} = ?",
                        [snapshot_id])
        _insert(con, RULE_RUNS, run_rows.with_columns(pl.lit(when).alias(VALIDATED_AT)),
                snapshot_id)
        _insert(con, FINDINGS, finding_rows, snapshot_id)

    warehouse.write(replace)


def _present(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, tuple[str, str]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND database_name = current_database() "
        "AND table_name IN ('rule_runs', 'findings') ORDER BY column_index").fetchall()
    present: dict[str, dict[str, tuple[str, str]]] = {}
    for table, column, kind in rows:
        present.setdefault(str(table), {})[str(column).lower()] = (str(column), str(kind))
    return present


def _insert(con: duckdb.DuckDBPyConnection, definition: TableDef, frame: pl.DataFrame,
            snapshot_id: int) -> None:
    """Bulk insert through Arrow (a bad return can have tens of thousands of findings)."""
    if frame.height == 0:
        return
    names = ", ".join(quote(n) for n in frame.columns)
    con.register(_INCOMING, frame.to_arrow())
    try:
        con.execute(f"INSERT INTO {quote(definition.name)} ({SNAPSHOT_ID}, {names}) "
                    f"SELECT ?::BIGINT, {names} FROM {_INCOMING}", [snapshot_id])
    finally:
        con.unregister(_INCOMING)


def _stored(warehouse: Warehouse, definition: TableDef, snapshot_id: int | None,
            order: str) -> pl.DataFrame:
    schema = _schema(definition)
    exists = warehouse.query(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
        "AND database_name = current_database() AND table_name = ?", [definition.name]).item()
    if not exists:
        return pl.DataFrame(schema=schema)
    columns = ", ".join(quote(n) for n in schema.names())
    where, params = ("", []) if snapshot_id is None else (f"WHERE {SNAPSHOT_ID} = ?",
                                                          [snapshot_id])
    frame = warehouse.query(f"SELECT {columns} FROM {quote(definition.name)} {where} "
                            f"ORDER BY {order}", params)
    return frame.cast(schema) if frame.height else pl.DataFrame(schema=schema)


def rule_runs(warehouse: Warehouse, snapshot_id: int | None = None) -> pl.DataFrame:
    """The stored rule runs of one snapshot (or of every snapshot), in run order."""
    return _stored(warehouse, RULE_RUNS, snapshot_id, f"{SNAPSHOT_ID}, rowid")


def findings(warehouse: Warehouse, snapshot_id: int | None = None) -> pl.DataFrame:
    """The stored findings of one snapshot (or of every snapshot), in the order found."""
    return _stored(warehouse, FINDINGS, snapshot_id, f"{SNAPSHOT_ID}, rowid")


def quality_trend(warehouse: Warehouse) -> pl.DataFrame:
    """Per validated snapshot, in load order: when it was validated, the findings by severity,
    the children affected and the rules that crashed or were skipped."""
    runs = rule_runs(warehouse)
    found = findings(warehouse)
    counts = runs.group_by(SNAPSHOT_ID).agg(
        pl.col(VALIDATED_AT).max(),
        (pl.col("outcome") == "crashed").sum().alias("crashed"),
        (pl.col("outcome") == "skipped").sum().alias("skipped"),
    )
    by_finding = found.group_by(SNAPSHOT_ID).agg(
        (pl.col("severity") == "error").sum().alias("errors"),
        (pl.col("severity") == "query").sum().alias("queries"),
        pl.col("child_id").drop_nulls().n_unique().alias("children_affected"),
    )
    return counts.join(by_finding, on=SNAPSHOT_ID, how="left").with_columns(
        pl.col("errors", "queries", "children_affected").fill_null(0).cast(pl.Int64),
        pl.col("crashed", "skipped").cast(pl.Int64),
    ).select(SNAPSHOT_ID, VALIDATED_AT, "errors", "queries", "children_affected", "crashed",
             "skipped").sort(SNAPSHOT_ID)
