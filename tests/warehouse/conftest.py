"""A warehouse over the toy registry, in a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cscmonitor.warehouse import Warehouse
from tests.warehouse.toy import toy_registry


@pytest.fixture
def warehouse(tmp_path: Path) -> Iterator[Warehouse]:
    with Warehouse(tmp_path / "data" / "cscmonitor.duckdb", toy_registry()) as opened:
        yield opened


def counts(warehouse: Warehouse) -> dict[str, int]:
    """Rows in every stored table, bookkeeping included."""
    names = warehouse.query(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).get_column("table_name").to_list()
    return {n: warehouse.query(f'SELECT count(*) AS n FROM "{n}"').item() for n in names}
