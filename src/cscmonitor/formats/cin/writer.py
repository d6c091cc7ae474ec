"""Writing canonical CIN tables as the census XML of a given collection year.

The element order is the year's XSD sequence (``structure.MESSAGE``); empty optional elements
are left out; dates are ISO, flags 0/1 as the schema's yesnotype wants. Nested records are
written in the order of their ordinal keys, so reading the file back numbers them the same way
when the ordinals run 1, 2, 3 ... within each parent. The text is built by string joins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl

from cscmonitor.formats.cin.structure import MESSAGE, Node
from cscmonitor.model import ColumnType, Table, registry, year_end

Row = dict[str, Any]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _datetime(value: datetime) -> str:
    return value.isoformat(timespec="seconds" if not value.microsecond else "auto")


_FORMAT: dict[ColumnType, Callable[[Any], str]] = {
    ColumnType.DATE: date.isoformat,
    ColumnType.DATETIME: _datetime,
    ColumnType.BOOLEAN: lambda value: "1" if value else "0",
    ColumnType.INTEGER: str,
    ColumnType.DECIMAL: str,
    ColumnType.STRING: lambda value: _escape(str(value)),
    ColumnType.CODE: lambda value: _escape(str(value)),
}


class _Document:
    """The tables of one return, indexed by parent key for writing."""

    def __init__(self, tables: Mapping[str, pl.DataFrame], year: int) -> None:
        self.year = year
        self.tables = {t.name: t for t in registry().return_spec("cin").tables}
        self.rows: dict[str, list[Row]] = {}
        self.links: dict[tuple[str, str], tuple[list[str], dict[tuple[Any, ...], list[Row]]]] = {}
        for name, table in self.tables.items():
            frame = tables.get(name, table.empty_frame())
            if table.key and name != "cin_child":  # children keep the order given
                frame = frame.sort(list(table.key), nulls_last=True, maintain_order=True)
            self.rows[name] = frame.to_dicts()
        self.formats = {(t.name, c.name): _FORMAT[c.type]
                        for t in self.tables.values() for c in t.columns}

    def records(self, table: str, parent: Table | None, row: Row | None) -> list[Row]:
        """Rows of ``table`` belonging to the parent record ``row`` (all rows at the top)."""
        if parent is None or row is None:
            return self.rows[table]
        link = self.links.get((parent.name, table))
        if link is None:
            key = [k for k in parent.key if k in self.tables[table].column_names]
            index: dict[tuple[Any, ...], list[Row]] = {}
            for child in self.rows[table]:
                index.setdefault(tuple(child[k] for k in key), []).append(child)
            link = self.links[(parent.name, table)] = (key, index)
        key, index = link
        return index.get(tuple(row[k] for k in key), [])

    def header(self) -> Row:
        rows = self.rows["cin_header"]
        if rows:
            return rows[0]
        return {"Collection": "CIN", "Year": self.year, "ReferenceDate": year_end(self.year)}

    def group(self, node: Node, table: Table, row: Row, depth: int) -> list[str]:
        """The lines of ``node``'s children for the record ``row`` of ``table``."""
        pad = "  " * depth
        lines: list[str] = []
        for child in node.children:
            if not child.in_year(self.year):
                continue
            if child.table is not None:
                inner = self.tables[child.table]
                for record in self.records(child.table, table, row):
                    lines += self.element(child, inner, record, depth)
            elif child.field is not None:
                value = row.get(child.field)
                if value is not None:
                    text = self.formats[(table.name, child.field)](value)
                    lines.append(f"{pad}<{child.name}>{text}</{child.name}>")
            else:
                lines += self.wrap(child, self.group(child, table, row, depth + 1), depth)
        return lines

    def element(self, node: Node, table: Table, row: Row, depth: int) -> list[str]:
        """A record element (or a record leaf such as one Disability).

        A record is written even when all its values are empty, so that it reads back.
        """
        pad = "  " * depth
        if node.field is not None:
            value = row.get(node.field)
            if value is None:
                return []
            text = self.formats[(table.name, node.field)](value)
            return [f"{pad}<{node.name}>{text}</{node.name}>"]
        return self.wrap(node, self.group(node, table, row, depth + 1), depth) or [
            f"{pad}<{node.name}/>"]

    @staticmethod
    def wrap(node: Node, inner: list[str], depth: int) -> list[str]:
        if not inner:
            return []
        pad = "  " * depth
        return [f"{pad}<{node.name}>", *inner, f"{pad}</{node.name}>"]


def render(tables: Mapping[str, pl.DataFrame], year: int) -> str:
    """The XML text of the return."""
    document = _Document(tables, year)
    header_node, children_node = MESSAGE.children
    child_node = children_node.children[0]
    child_table = document.tables["cin_child"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<Message>"]
    lines += document.element(header_node, document.tables["cin_header"], document.header(), 1)
    lines.append("  <Children>")
    for row in document.rows["cin_child"]:
        lines += document.element(child_node, child_table, row, 2)
    lines += ["  </Children>", "</Message>", ""]
    return "\n".join(lines)


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    """Write ``cin_census_<year>.xml`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"cin_census_{year}.xml"
    path.write_text(render(tables, year), encoding="utf-8")
    return [path]
