"""Writing the canonical 903 tables as one ``<EXPSSDA903>`` XML file (see ``xml_layout``).

Every HEADER and EPISODE field is written, blank ones as empty elements as the community
fixture does; a child's adoption and care leaver fields only when the child has those rows.
Dates are dd/mm/yyyy, as in the CSV set. The layout cannot carry social worker episodes or
deprivation of liberty orders, nor rows for a child missing from the header table, so such
input is refused rather than silently dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
from lxml import etree

from cscmonitor.formats.ssda903 import xml_layout as layout
from cscmonitor.formats.ssda903.csv_writer import DATE_FORMAT, check_tables
from cscmonitor.model import Table
from cscmonitor.model.returns import ssda903 as spec

FILE_NAME = "ssda903.xml"

Row = dict[str, Any]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return str(value)


def _leaf(parent: etree._Element, column: str, value: Any) -> None:
    etree.SubElement(parent, layout.tag(column)).text = _text(value)


def _by_child(tables: Mapping[str, pl.DataFrame], table: Table) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    if table.name in tables:
        for row in tables[table.name].to_dicts():
            grouped[row["CHILD"]].append(row)
    return grouped


def _check(tables: Mapping[str, pl.DataFrame], year: int) -> None:
    check_tables(tables, year)
    for table in layout.NOT_CARRIED:
        if table.name in tables and not tables[table.name].is_empty():
            raise ValueError(f"the SSDA903 XML layout has no place for {table.name}; write the "
                             "CSV set for a return with these rows")
    children = set(tables[spec.HEADER.name]["CHILD"]) if spec.HEADER.name in tables else set()
    for table in layout.CARRIED:
        if table.name in tables and table is not spec.HEADER:
            orphans = set(tables[table.name]["CHILD"]) - children
            if orphans:
                raise ValueError(f"{table.name} has rows for children missing from the header "
                                 f"table, which the XML layout cannot carry: {sorted(orphans)[:5]}")
    for table in (spec.UASC, *layout.LEAF_TABLES):
        if table.name in tables and tables[table.name]["CHILD"].is_duplicated().any():
            raise ValueError(f"{table.name} has more than one row for a child, which the XML "
                             "layout cannot carry")


def _header(child: etree._Element, row: Row, rows: Mapping[str, list[Row]]) -> None:
    header = etree.SubElement(child, layout.HEADER)
    for column in layout.HEADER_FIRST:
        _leaf(header, column, row[column])
    uasc = rows[spec.UASC.name]
    _leaf(header, layout.UASC_FLAG, layout.UASC_YES if uasc else None)
    _leaf(header, "DUC", uasc[0]["DUC"] if uasc else None)
    _containers(header, "AREVIEW", rows)
    for column in layout.HEADER_LATER:
        _leaf(header, column, row[column])
    _leaves(header, spec.AD1, rows)
    for name in ("AD_PLACED", "PERMANENCE", "AMISSING"):
        _containers(header, name, rows)
    _leaves(header, spec.OC3, rows)
    _containers(header, "OC2", rows)


def _leaves(header: etree._Element, table: Table, rows: Mapping[str, list[Row]]) -> None:
    """A table held as fields directly in HEADER, written only when the child has a row."""
    for values in rows[table.name][:1]:
        for column in layout.own_columns(table):
            _leaf(header, column, values[column])


def _containers(header: etree._Element, name: str, rows: Mapping[str, list[Row]]) -> None:
    table = layout.CONTAINERS[name]
    for values in rows[table.name]:
        element = etree.SubElement(header, name)
        for column in layout.own_columns(table):
            _leaf(element, column, values[column])


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    """Write the return as ``ssda903.xml`` in ``out_dir``; return ``[that file]``."""
    _check(tables, year)
    grouped = {t.name: _by_child(tables, t) for t in layout.CARRIED}
    root = etree.Element(layout.ROOT)
    header = tables.get(spec.HEADER.name, spec.HEADER.empty_frame())
    for row in header.to_dicts():
        rows = {name: by_child.get(row["CHILD"], []) for name, by_child in grouped.items()}
        child = etree.SubElement(root, layout.CHILD)
        _header(child, row, rows)
        for episode in rows[spec.EPISODES.name]:
            element = etree.SubElement(child, layout.EPISODE)
            for column in layout.EPISODE_ORDER:
                _leaf(element, column, episode[column])
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FILE_NAME
    path.write_bytes(etree.tostring(root, pretty_print=True, xml_declaration=True,
                                    encoding="UTF-8"))
    return [path]
