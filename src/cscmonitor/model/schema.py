"""The shape of a canonical table: its columns, types, keys and years of validity.

Every return (CIN census, SSDA903, Annex A, workforce census) is described in these terms in
``model/returns/``; readers, writers, the warehouse and the generated data-model document all
read the same definitions, so a column is declared exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import polars as pl

ROW = "_row"
"""Provenance column on every canonical table: CSV line, XML element line or worksheet row."""


class ColumnType(StrEnum):
    """Canonical value types. Codes are strings checked against a code list."""

    STRING = "string"
    CODE = "code"
    DATE = "date"
    DATETIME = "datetime"
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"

    @property
    def polars(self) -> pl.DataType:
        return _POLARS[self]


_POLARS: dict[ColumnType, pl.DataType] = {
    ColumnType.STRING: pl.String(),
    ColumnType.CODE: pl.String(),
    ColumnType.DATE: pl.Date(),
    ColumnType.DATETIME: pl.Datetime("us"),
    ColumnType.INTEGER: pl.Int64(),
    ColumnType.DECIMAL: pl.Float64(),
    ColumnType.BOOLEAN: pl.Boolean(),
}


def _in_years(valid_from: int | None, valid_to: int | None, year: int | None) -> bool:
    if year is None:
        return True
    return (valid_from is None or year >= valid_from) and (valid_to is None or year <= valid_to)


@dataclass(frozen=True)
class Column:
    """One field of a canonical table, named as DfE spells it."""

    name: str
    type: ColumnType
    description: str
    mandatory: bool = False
    codelist: str | None = None
    valid_from: int | None = None
    valid_to: int | None = None

    def __post_init__(self) -> None:
        if (self.type is ColumnType.CODE) != (self.codelist is not None):
            raise ValueError(f"column {self.name}: a code column needs a code list, and only it")

    def in_year(self, year: int | None) -> bool:
        """Whether the column is part of the return in collection year ``year``."""
        return _in_years(self.valid_from, self.valid_to, year)


@dataclass(frozen=True)
class Table:
    """A canonical table: one entity of a return, with its key and columns."""

    name: str
    return_name: str
    title: str
    description: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    child_id: str | None = None
    """The column holding the local authority's child identifier, linking years together."""
    valid_from: int | None = None
    valid_to: int | None = None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Header variants seen in real exports, by canonical column name."""

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ValueError(f"table {self.name}: duplicate column names")
        missing = [k for k in self.key if k not in names]
        if missing:
            raise ValueError(f"table {self.name}: key columns {missing} are not columns")
        if self.child_id is not None and self.child_id not in names:
            raise ValueError(f"table {self.name}: child id {self.child_id} is not a column")
        unknown = [a for a in self.aliases if a not in names]
        if unknown:
            raise ValueError(f"table {self.name}: aliases for unknown columns {unknown}")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")

    def columns_in_year(self, year: int | None) -> list[Column]:
        return [c for c in self.columns if c.in_year(year)]

    def in_year(self, year: int | None) -> bool:
        return _in_years(self.valid_from, self.valid_to, year)

    def polars_schema(self) -> pl.Schema:
        """Schema of the canonical frame: every column of every year, then ``_row``."""
        return pl.Schema([(c.name, c.type.polars) for c in self.columns] + [(ROW, pl.Int64())])

    def empty_frame(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.polars_schema())


@dataclass(frozen=True)
class ReturnSpec:
    """A statutory return and the canonical tables it is made of."""

    name: str
    title: str
    description: str
    tables: tuple[Table, ...]
    years: tuple[int, ...]
    """Collection years (end years) that cscmonitor reads and writes for this return."""

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(f"return {self.name} has no table {name!r}")
