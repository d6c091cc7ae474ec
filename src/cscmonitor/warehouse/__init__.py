"""The DuckDB warehouse: every loaded return kept as an immutable snapshot with provenance."""

from cscmonitor.warehouse.errors import SnapshotNotFound, WarehouseError
from cscmonitor.warehouse.location import DATA_DIR_ENV, data_dir, database_path
from cscmonitor.warehouse.store import LoadOutcome, Snapshot, StoredFile, Warehouse

__all__ = [
    "DATA_DIR_ENV",
    "LoadOutcome",
    "Snapshot",
    "SnapshotNotFound",
    "StoredFile",
    "Warehouse",
    "WarehouseError",
    "data_dir",
    "database_path",
]
