"""The warehouse: immutable snapshots of returns in one DuckDB file.

A snapshot is stored in one transaction (its provenance, its files, its issues and the rows of
every table), or not at all. Loading the same files again is recognised by checksum and
changes nothing. There is deliberately no way to update or delete a snapshot: a corrected
return is loaded as a new snapshot, which the ``_current`` views then prefer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb
import polars as pl

from cscmonitor import __version__
from cscmonitor.formats.issues import Issue, Severity
from cscmonitor.formats.result import ReadResult
from cscmonitor.model import Registry
from cscmonitor.model import registry as model_registry
from cscmonitor.warehouse.errors import SnapshotNotFound, WarehouseError
from cscmonitor.warehouse.location import database_path
from cscmonitor.warehouse.provenance import SourceFile, fingerprint, identity, loaded_by
from cscmonitor.warehouse.schema import (
    SNAPSHOT_FILES,
    SNAPSHOT_ID,
    SNAPSHOT_ISSUES,
    SNAPSHOTS,
    ensure_tables,
    quote,
)
from cscmonitor.warehouse.views import CURRENT_SNAPSHOTS, check_names, create_views

_ISSUE_FIELDS = tuple(f.name for f in fields(Issue))
_INCOMING = "_cscmonitor_incoming"
_T = TypeVar("_T")


@dataclass(frozen=True)
class StoredFile:
    file_name: str
    sha256: str
    size_bytes: int
    format: str


@dataclass(frozen=True)
class Snapshot:
    """One stored return and its provenance."""

    snapshot_id: int
    return_name: str
    format: str
    collection_year: int
    la_code: str | None
    reference_date: date | None
    identity: str
    loaded_at: datetime
    """When it was stored, in UTC."""
    loaded_by: str
    row_counts: dict[str, int]
    warning_count: int
    cscmonitor_version: str
    files: tuple[StoredFile, ...]


@dataclass(frozen=True)
class LoadOutcome:
    snapshot: Snapshot
    new: bool
    """False when the same files were already stored: nothing was written."""

    @property
    def snapshot_id(self) -> int:
        return self.snapshot.snapshot_id


class Warehouse:
    """An open warehouse file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: Path, registry: Registry | None = None) -> None:
        self.path = path
        self.registry = registry if registry is not None else model_registry()
        check_names(self.registry)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._con = duckdb.connect(str(path))
        try:
            self._in_transaction(self._migrate)
        except BaseException:
            self._con.close()
            raise

    @classmethod
    def open(cls, data_dir: Path | None = None, registry: Registry | None = None) -> Warehouse:
        """The warehouse in ``data_dir`` (default: see ``location.data_dir``), created if new."""
        return cls(database_path(data_dir), registry)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def _migrate(self) -> None:
        ensure_tables(self._con, self.registry)
        create_views(self._con, self.registry)

    def _in_transaction(self, work: Callable[[], _T]) -> _T:
        self._con.begin()
        try:
            outcome = work()
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()
        return outcome

    # Loading

    def load(self, result: ReadResult) -> LoadOutcome:
        """Store ``result`` as a new snapshot, unless the same files are already stored."""
        frames = self._canonical_frames(result)
        files = [fingerprint(path) for path in result.files]
        same = identity(files)
        existing = self._con.execute(
            f"SELECT {SNAPSHOT_ID} FROM snapshots WHERE identity = ?", [same]
        ).fetchone()
        if existing is not None:
            return LoadOutcome(self.snapshot(int(existing[0])), new=False)
        snapshot_id = self._in_transaction(lambda: self._store(result, frames, files, same))
        return LoadOutcome(self.snapshot(snapshot_id), new=True)

    def _canonical_frames(self, result: ReadResult) -> dict[str, pl.DataFrame]:
        """The result's frames in column order, once each is checked against the model."""
        try:
            spec = self.registry.return_spec(result.return_name)
        except KeyError as error:
            raise WarehouseError(str(error.args[0])) from None
        known = {t.name: t for t in spec.tables}
        frames: dict[str, pl.DataFrame] = {}
        for name, frame in result.tables.items():
            table = known.get(name)
            if table is None:
                raise WarehouseError(f"{name} is not a table of return {result.return_name}")
            expected = table.polars_schema()
            if dict(frame.schema) != dict(expected):
                found = set(frame.schema.items())
                wrong = sorted(f"{n} {t}" for n, t in found - set(expected.items()))
                missing = sorted(f"{n} {t}" for n, t in set(expected.items()) - found)
                raise WarehouseError(
                    f"{name}: frame does not match the model (unexpected: {wrong}; "
                    f"missing: {missing})"
                )
            frames[name] = frame.select(expected.names())
        return frames

    def _store(self, result: ReadResult, frames: dict[str, pl.DataFrame],
               files: Sequence[SourceFile], same: str) -> int:
        [(snapshot_id,)] = self._con.execute(
            f"SELECT coalesce(max({SNAPSHOT_ID}), 0) + 1 FROM snapshots").fetchall()
        warnings = sum(1 for i in result.issues if i.severity is Severity.WARNING)
        self._insert_row(SNAPSHOTS.name, {
            SNAPSHOT_ID: snapshot_id,
            "return_name": result.return_name,
            "format": result.format,
            "collection_year": result.collection_year,
            "la_code": result.la_code,
            "reference_date": result.reference_date,
            "identity": same,
            "loaded_at": datetime.now(UTC).replace(tzinfo=None),
            "loaded_by": loaded_by(),
            "row_counts": json.dumps({n: f.height for n, f in sorted(frames.items())}),
            "warning_count": warnings,
            "cscmonitor_version": __version__,
        })
        for source in files:
            self._insert_row(SNAPSHOT_FILES.name, {
                SNAPSHOT_ID: snapshot_id, "file_name": source.file_name,
                "sha256": source.sha256, "size_bytes": source.size_bytes,
                "format": result.format,
            })
        self._insert_frame(SNAPSHOT_ISSUES.name, snapshot_id, _issue_frame(result.issues))
        for name, frame in frames.items():
            self._insert_frame(name, snapshot_id, frame)
        return int(snapshot_id)

    def _insert_row(self, table: str, values: dict[str, Any]) -> None:
        names = ", ".join(quote(n) for n in values)
        marks = ", ".join("?" for _ in values)
        self._con.execute(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})",
                          list(values.values()))

    def _insert_frame(self, table: str, snapshot_id: int, frame: pl.DataFrame) -> None:
        """Bulk insert through Arrow: the frame is scanned in place, not row by row."""
        if frame.height == 0:
            return
        names = ", ".join(quote(n) for n in frame.columns)
        self._con.register(_INCOMING, frame.to_arrow())
        try:
            self._con.execute(
                f"INSERT INTO {quote(table)} ({SNAPSHOT_ID}, {names}) "
                f"SELECT ?::BIGINT, {names} FROM {_INCOMING}",
                [snapshot_id],
            )
        finally:
            self._con.unregister(_INCOMING)

    # Reading

    def query(self, sql: str, params: Sequence[object] | None = None) -> pl.DataFrame:
        """Run a query and return its result. It runs in a transaction that is rolled back,
        so a statement that would change the warehouse has no lasting effect."""
        self._con.begin()
        try:
            relation = self._con.sql(sql, params=list(params or []))
            arrow = relation.to_arrow_table() if relation is not None else None
        finally:
            self._con.rollback()
        if arrow is None:
            return pl.DataFrame()
        frame = pl.from_arrow(arrow)
        assert isinstance(frame, pl.DataFrame)
        return frame

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], _T]) -> _T:
        """Run ``work`` on the warehouse's connection in one transaction: everything it
        writes is stored, or, when it fails, none of it. For modules that keep their own
        tables beside the snapshots (validation findings, benchmark figures)."""
        return self._in_transaction(lambda: work(self._con))

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection of its own for analysis (the indicators' engine): it sees every view,
        may create TEMP tables and macros, and changes nothing lasting, because its
        transaction is rolled back at the end."""
        cursor = self._con.cursor()
        cursor.begin()
        try:
            yield cursor
        finally:
            cursor.rollback()
            cursor.close()

    def snapshots(self) -> list[Snapshot]:
        """Every stored snapshot, oldest first."""
        return self._snapshots()

    def snapshot(self, snapshot_id: int) -> Snapshot:
        found = self._snapshots(snapshot_id)
        if not found:
            raise SnapshotNotFound(snapshot_id)
        return found[0]

    def current_snapshots(self) -> list[Snapshot]:
        """The latest loaded snapshot of each return, year and local authority."""
        current = set(self.query(f"SELECT {SNAPSHOT_ID} FROM {CURRENT_SNAPSHOTS}")
                      .get_column(SNAPSHOT_ID).to_list())
        return [s for s in self._snapshots() if s.snapshot_id in current]

    def _snapshots(self, snapshot_id: int | None = None) -> list[Snapshot]:
        where = f"WHERE {SNAPSHOT_ID} = ?" if snapshot_id is not None else ""
        params = [snapshot_id] if snapshot_id is not None else []
        rows = self.query(f"SELECT * FROM snapshots {where} ORDER BY {SNAPSHOT_ID}", params)
        files = self.query(
            f"SELECT * FROM snapshot_files {where} ORDER BY {SNAPSHOT_ID}, file_name", params)
        by_snapshot: dict[int, list[StoredFile]] = {}
        for record in files.iter_rows(named=True):
            by_snapshot.setdefault(record[SNAPSHOT_ID], []).append(StoredFile(
                record["file_name"], record["sha256"], record["size_bytes"], record["format"]))
        return [
            Snapshot(
                snapshot_id=r[SNAPSHOT_ID], return_name=r["return_name"], format=r["format"],
                collection_year=r["collection_year"], la_code=r["la_code"],
                reference_date=r["reference_date"], identity=r["identity"],
                loaded_at=r["loaded_at"].replace(tzinfo=UTC), loaded_by=r["loaded_by"],
                row_counts=json.loads(r["row_counts"]), warning_count=r["warning_count"],
                cscmonitor_version=r["cscmonitor_version"],
                files=tuple(by_snapshot.get(r[SNAPSHOT_ID], ())),
            )
            for r in rows.iter_rows(named=True)
        ]

    def table(self, name: str, snapshot_id: int | None = None) -> pl.DataFrame:
        """Rows of canonical table ``name`` in the order they were read: of one snapshot, or
        (``None``) the current rows of every return year. Columns: ``snapshot_id``, then the
        canonical frame's columns."""
        table = self.registry.table(name)
        schema = pl.Schema([(SNAPSHOT_ID, pl.Int64()), *table.polars_schema().items()])
        columns = ", ".join(quote(c) for c in schema.names())
        if snapshot_id is None:
            which = f"IN (SELECT {SNAPSHOT_ID} FROM {CURRENT_SNAPSHOTS})"
            params: list[object] = []
        else:
            self.snapshot(snapshot_id)
            which, params = "= ?", [snapshot_id]
        frame = self.query(f"SELECT {columns} FROM {quote(name)} WHERE {SNAPSHOT_ID} {which} "
                           f"ORDER BY {SNAPSHOT_ID}, rowid", params)
        return frame.cast(schema)

    def issues(self, snapshot_id: int) -> list[Issue]:
        """The problems found when the snapshot's files were read, in the reader's order."""
        self.snapshot(snapshot_id)
        names = ", ".join(quote(n) for n in _ISSUE_FIELDS)
        frame = self.query(f"SELECT {names} FROM snapshot_issues WHERE {SNAPSHOT_ID} = ? "
                           "ORDER BY issue_no", [snapshot_id])
        return [Issue(**record) for record in frame.iter_rows(named=True)]


def _issue_frame(issues: Sequence[Issue]) -> pl.DataFrame:
    """Issues column-wise (a large return can carry tens of thousands of warnings)."""
    columns: dict[str, list[Any]] = {n: [getattr(i, n) for i in issues] for n in _ISSUE_FIELDS}
    types = dict(SNAPSHOT_ISSUES.columns)
    schema = {n: pl.Int64() if types[n] == "BIGINT" else pl.String() for n in _ISSUE_FIELDS}
    frame = pl.DataFrame(columns, schema=schema)
    return frame.with_columns(
        pl.Series("severity", [i.severity.value for i in issues], dtype=pl.String),
        pl.int_range(1, frame.height + 1, dtype=pl.Int64).alias("issue_no"),
    )
