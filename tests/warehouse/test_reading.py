"""An analysis connection sees the stored returns and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from cscmonitor.warehouse import Warehouse


def test_temp_objects_do_not_outlive_the_reading(tmp_path: Path) -> None:
    with Warehouse.open(tmp_path) as warehouse:
        with warehouse.reading() as con:
            con.execute("CREATE TEMP TABLE scratch AS SELECT 1 AS x")
            assert con.execute("SELECT count(*) FROM cin_episode_history").fetchone() == (0,)
            assert con.execute("SELECT x FROM scratch").fetchone() == (1,)
        with warehouse.reading() as con:
            tables = {row[0] for row in con.execute(
                "SELECT table_name FROM duckdb_tables()").fetchall()}
        assert "scratch" not in tables


def test_a_failed_write_stores_nothing(tmp_path: Path) -> None:
    def half_done(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("CREATE TABLE extra AS SELECT 1 AS x")
        raise RuntimeError("stopped half way")

    with Warehouse.open(tmp_path) as warehouse:
        with pytest.raises(RuntimeError):
            warehouse.write(half_done)
        assert warehouse.write(lambda con: con.execute("SELECT 41 + 1").fetchone()) == (42,)
        tables = warehouse.query("SELECT table_name FROM duckdb_tables()")
    assert "extra" not in tables.get_column("table_name").to_list()
