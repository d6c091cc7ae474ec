"""Coercion of raw text into canonical types, with located issues for every failure."""

from datetime import date

import polars as pl
import pytest

import cscmonitor.formats.values as values
from cscmonitor.formats.values import Located, coerce
from cscmonitor.model import ROW, Code, CodeList, Column, ColumnType, Registry, Table

LEGAL_STATUS = CodeList("t.ls", "Legal status", (Code("C1", "Interim care order"),
                                                 Code("V3", "Short breaks", valid_to=2020)))
TABLE = Table("t_x", "t", "T", "test table", ("ID",), (
    Column("ID", ColumnType.STRING, "id", mandatory=True),
    Column("D", ColumnType.DATE, "a date"),
    Column("LS", ColumnType.CODE, "a code", codelist="t.ls"),
    Column("N", ColumnType.INTEGER, "a number"),
    Column("X", ColumnType.DECIMAL, "a decimal"),
    Column("B", ColumnType.BOOLEAN, "a flag"),
    Column("T", ColumnType.DATETIME, "a time"),
    Column("OLD", ColumnType.DATE, "retired", valid_to=2020),
))


@pytest.fixture(autouse=True)
def _test_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(values, "registry", lambda: Registry([], {"t.ls": LEGAL_STATUS}))


def _coerce(year: int = 2025, **columns: list[str | None]):  # type: ignore[no-untyped-def]
    n = len(next(iter(columns.values())))
    raw = pl.DataFrame({**columns, ROW: list(range(2, n + 2))})
    return coerce(raw, TABLE, year, Located("f.csv", "t_x"))


@pytest.mark.parametrize("text, expected", [
    ("01/02/2020", date(2020, 2, 1)), ("1/2/2020", date(2020, 2, 1)),
    ("2020-02-29", date(2020, 2, 29)), ("2020-02-29T00:00:00", date(2020, 2, 29)),
    ("2017-08-30 00:00:00", date(2017, 8, 30)), ("43831", date(2020, 1, 1)),
    ("43831.0", date(2020, 1, 1)), ("  31/03/2025 ", date(2025, 3, 31)),
])
def test_accepted_date_forms(text: str, expected: date) -> None:
    frame, issues = _coerce(ID=["a"], D=[text])
    assert frame["D"].to_list() == [expected]
    assert issues == []


@pytest.mark.parametrize("text, code", [
    ("31/02/2020", "impossible-date"), ("29/02/2021", "impossible-date"),
    ("2023-13-01", "impossible-date"), ("01/02/20", "not-a-date"), ("tomorrow", "not-a-date"),
])
def test_bad_dates_are_located_and_stored_empty(text: str, code: str) -> None:
    frame, issues = _coerce(ID=["a"], D=[text])
    assert frame["D"].to_list() == [None]
    assert [(i.code, i.line, i.field, i.value, i.file) for i in issues] == [
        (code, 2, "D", text, "f.csv")]


def test_codes_are_case_folded_and_checked_against_the_year() -> None:
    frame, issues = _coerce(ID=["a", "b", "c"], LS=["c1", "v3", "zz"])
    assert frame["LS"].to_list() == ["C1", "V3", "zz"]
    assert [(i.line, i.value, i.code) for i in issues] == [
        (3, "v3", "unknown-code"), (4, "zz", "unknown-code")]
    assert "2024/25" in issues[0].expected
    _, old_year = _coerce(year=2020, ID=["b"], LS=["V3"])
    assert old_year == []


def test_numbers_booleans_and_datetimes() -> None:
    frame, issues = _coerce(ID=["a", "b", "c"], N=["3", "3.0", "3.5"], X=["1.25", "x", ""],
                            B=["Yes", "0", "maybe"],
                            T=["2023-05-23T11:14:05", "23/05/2023 11:14", "noon"])
    assert frame["N"].to_list() == [3, 3, None]
    assert frame["X"].to_list() == [1.25, None, None]
    assert frame["B"].to_list() == [True, False, None]
    assert frame["T"].dt.hour().to_list() == [11, 11, None]
    assert sorted((i.line, i.field, i.code) for i in issues) == [
        (3, "X", "not-a-number"), (4, "B", "not-a-boolean"), (4, "N", "not-a-number"),
        (4, "T", "not-a-date")]


def test_missing_mandatory_and_blank_strings() -> None:
    frame, issues = _coerce(ID=["  ", None, "x"])
    assert frame["ID"].to_list() == [None, None, "x"]
    assert [(i.line, i.code) for i in issues] == [(2, "missing-mandatory"),
                                                  (3, "missing-mandatory")]


def test_columns_outside_the_year_are_not_reported() -> None:
    _, issues = _coerce(year=2025, ID=["a"], OLD=["nonsense"])
    assert issues == []
    _, issues = _coerce(year=2019, ID=["a"], OLD=["nonsense"])
    assert [i.code for i in issues] == ["not-a-date"]


def test_absent_columns_become_typed_nulls() -> None:
    frame, _ = _coerce(ID=["a"])
    assert frame.schema == TABLE.polars_schema()
    assert frame["N"].to_list() == [None]
