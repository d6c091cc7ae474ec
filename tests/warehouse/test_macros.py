"""The SQL date macros agree with the model's Python calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscmonitor.model import bank_holidays, working_days
from cscmonitor.warehouse.macros import install

DAYS = st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31))


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    install(connection)
    return connection


def one(con: duckdb.DuckDBPyConnection, sql: str, *args: object) -> object:
    rows = con.execute(sql, list(args)).fetchall()
    assert len(rows) == 1
    return rows[0][0]


@pytest.mark.parametrize(("start", "finish", "expected"), [
    ("2024-05-03", "2024-05-03", 0),
    ("2024-05-03", "2024-05-06", 0),   # a weekend, then the early May bank holiday
    ("2024-05-03", "2024-05-07", 1),
    ("2024-03-28", "2024-04-02", 1),   # Good Friday and Easter Monday
    ("2024-04-02", "2024-03-28", -1),
    ("2022-09-16", "2022-09-20", 1),   # the state funeral
    ("2024-02-28", "2024-03-01", 2),   # a leap day on a Thursday
    ("2020-02-28", "2020-03-02", 1),   # a leap day on a Saturday
    ("1899-12-29", "1900-01-02", 2),   # before the macros' epoch
])
def test_working_days_counts_after_start_up_to_finish(
        con: duckdb.DuckDBPyConnection, start: str, finish: str, expected: int) -> None:
    assert one(con, "SELECT working_days(?::DATE, ?::DATE)", start, finish) == expected


def test_working_days_of_a_missing_date_is_null(con: duckdb.DuckDBPyConnection) -> None:
    assert one(con, "SELECT working_days(NULL::DATE, DATE '2024-01-01')") is None
    assert one(con, "SELECT working_days(DATE '2024-01-01', NULL::DATE)") is None


@settings(max_examples=300, deadline=None)
@given(DAYS, DAYS)
def test_working_days_matches_the_python_calendar(con: duckdb.DuckDBPyConnection,
                                                 start: date, finish: date) -> None:
    expected = working_days().between(start.toordinal(), finish.toordinal())
    assert one(con, "SELECT working_days(?::DATE, ?::DATE)", start, finish) == expected


@pytest.mark.parametrize(("dob", "day", "age"), [
    ("2010-06-15", "2025-06-14", 14),
    ("2010-06-15", "2025-06-15", 15),
    ("2008-02-29", "2025-02-28", 16),
    ("2008-02-29", "2025-03-01", 17),
    ("2008-02-29", "2024-02-29", 16),
])
def test_age_on_counts_whole_years(con: duckdb.DuckDBPyConnection, dob: str, day: str,
                                   age: int) -> None:
    assert one(con, "SELECT age_on(?::DATE, ?::DATE)", dob, day) == age


def test_bank_holidays_table_holds_the_model_holidays(con: duckdb.DuckDBPyConnection) -> None:
    days = [row[0] for row in con.sql("SELECT day FROM bank_holidays ORDER BY day").fetchall()]
    assert tuple(days) == bank_holidays()


def test_install_writes_nothing_to_a_read_only_warehouse(tmp_path: Path) -> None:
    path = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(path)).close()
    with duckdb.connect(str(path), read_only=True) as connection:
        install(connection)
        install(connection)  # idempotent
        assert one(connection, "SELECT working_days(DATE '2025-03-28', DATE '2025-03-31')") == 1
    with duckdb.connect(str(path), read_only=True) as connection:
        assert connection.sql("SELECT * FROM duckdb_tables() WHERE NOT temporary").fetchall() == []
