import polars as pl
import pytest

from cscmonitor.model import ROW, Column, ColumnType, Table


def _table(**kwargs: object) -> Table:
    columns = (
        Column("CHILD", ColumnType.STRING, "child", mandatory=True),
        Column("DECOM", ColumnType.DATE, "start", valid_from=2024),
    )
    return Table(**{"name": "t", "return_name": "r", "title": "T", "description": "d",
                    "key": ("CHILD",), "columns": columns, **kwargs})  # type: ignore[arg-type]


def test_schema_has_every_column_then_row() -> None:
    schema = _table().polars_schema()
    assert list(schema) == ["CHILD", "DECOM", ROW]
    assert schema["DECOM"] == pl.Date()


def test_columns_by_year() -> None:
    table = _table()
    assert [c.name for c in table.columns_in_year(2023)] == ["CHILD"]
    assert [c.name for c in table.columns_in_year(2024)] == ["CHILD", "DECOM"]
    assert [c.name for c in table.columns_in_year(None)] == ["CHILD", "DECOM"]


@pytest.mark.parametrize("kwargs, message", [
    ({"key": ("NOPE",)}, "key columns"),
    ({"child_id": "NOPE"}, "child id"),
    ({"aliases": {"NOPE": ("x",)}}, "aliases"),
])
def test_inconsistent_tables_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _table(**kwargs)


def test_code_columns_need_a_code_list() -> None:
    with pytest.raises(ValueError, match="code list"):
        Column("LS", ColumnType.CODE, "legal status")
    with pytest.raises(ValueError, match="code list"):
        Column("LS", ColumnType.STRING, "legal status", codelist="ssda903.legal_status")
