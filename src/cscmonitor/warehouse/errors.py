"""Problems of the warehouse itself, as opposed to problems in an input file (``FormatError``)."""

from __future__ import annotations


class WarehouseError(Exception):
    """The warehouse cannot do what was asked; nothing was changed."""


class SnapshotNotFound(WarehouseError, LookupError):
    """No snapshot has the id asked for."""

    def __init__(self, snapshot_id: int) -> None:
        self.snapshot_id = snapshot_id
        super().__init__(f"no snapshot {snapshot_id}")
