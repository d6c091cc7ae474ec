"""Reading the SSDA903 XML file (layout in ``xml_layout``) into the canonical tables.

The tree is walked once, appending each record's text to per-table column lists; each table
then becomes one frame of strings and goes through the same typing and year checks as the CSV
set. Elements are matched by local name, so files with or without a namespace read alike;
anything the layout does not expect is reported with its line and otherwise ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import polars as pl
from lxml import etree

from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.source import read_bytes
from cscmonitor.formats.ssda903 import xml_layout as layout
from cscmonitor.formats.ssda903.assemble import RawTable, finish
from cscmonitor.formats.xml import line_of, local_name, parse_xml
from cscmonitor.model import ROW, Table
from cscmonitor.model.returns import ssda903 as spec

FORMAT = "ssda903-xml"

_ROOT_TAG = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->)\s*)*<(?:[A-Za-z_][\w.-]*:)?"
    + layout.ROOT.encode() + rb"[\s/>]", re.DOTALL)


def sniff(path: Path, head: bytes) -> bool:
    """Whether the document's root element is ``EXPSSDA903``."""
    return _ROOT_TAG.match(head) is not None


_HEADER_LEAVES: dict[str, tuple[Table, str]] = {
    **{layout.tag(c): (spec.HEADER, c) for c in spec.HEADER.column_names},
    **{layout.tag(c): (spec.UASC, c) for c in layout.own_columns(spec.UASC)},
    **{c: (t, c) for t in layout.LEAF_TABLES for c in layout.own_columns(t)},
}
_FIELDS: dict[str, dict[str, str]] = {
    name: {layout.tag(c): c for c in layout.own_columns(table)}
    for name, table in [*layout.CONTAINERS.items(), (layout.EPISODE, spec.EPISODES)]
}


class _Collector:
    """Per-table column lists, filled record by record while the tree is walked once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.columns: dict[str, dict[str, list[str | int | None]]] = {
            t.name: {c: [] for c in [*t.column_names, ROW]} for t in layout.CARRIED}
        self.issues: list[Issue] = []

    def add(self, table: Table, values: dict[str, str | None], line: int | None) -> None:
        columns = self.columns[table.name]
        for name in table.column_names:
            columns[name].append(values.get(name))
        columns[ROW].append(line)

    def unexpected(self, element: etree._Element, table: Table | None, where: str) -> None:
        self.issues.append(Issue(
            file=self.file, code="unexpected-element", line=line_of(element),
            table=table.name if table else None, value=local_name(element),
            expected=f"an element of the SSDA903 layout inside {where}"))

    def too_many(self, element: etree._Element, table: Table, where: str) -> None:
        self.issues.append(Issue(
            file=self.file, code="too-many", line=line_of(element), table=table.name,
            value=local_name(element), expected=f"at most one {local_name(element)} in {where}"))

    def raw_tables(self) -> list[RawTable]:
        return [RawTable(table, pl.DataFrame(
            self.columns[table.name],
            schema={**{c: pl.String for c in table.column_names}, ROW: pl.Int64}), self.file)
            for table in layout.CARRIED]


def _name(element: etree._Element) -> str:
    """``local_name``, remembered per tag: a return repeats a few dozen tags many times."""
    tag = element.tag
    name = _NAMES.get(tag)
    if name is None:
        name = _NAMES[tag] = local_name(element)
    return name


_NAMES: dict[object, str] = {}


def _fields(container: etree._Element, table: Table, tags: dict[str, str],
            sink: _Collector) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for leaf in container:
        column = tags.get(_name(leaf))
        if column is None:
            sink.unexpected(leaf, table, _name(container))
        elif column in values:
            sink.too_many(leaf, table, _name(container))
        else:
            values[column] = leaf.text
    return values


def _read_header(header: etree._Element, sink: _Collector) -> dict[str, str | None]:
    """Add the rows HEADER holds; return the fields every other table takes from it."""
    own: dict[str, dict[str, str | None]] = {
        t.name: {} for t in (spec.HEADER, spec.UASC, *layout.LEAF_TABLES)}
    lines: dict[str, int | None] = {}
    flag: etree._Element | None = None
    containers: list[tuple[str, etree._Element]] = []
    for element in header:
        name = _name(element)
        leaf = _HEADER_LEAVES.get(name)
        if name in layout.CONTAINERS:
            containers.append((name, element))
        elif name == layout.UASC_FLAG:
            if flag is None:
                flag = element
            else:
                sink.too_many(element, spec.UASC, layout.HEADER)
        elif leaf is None:
            sink.unexpected(element, None, layout.HEADER)
        elif leaf[1] in own[leaf[0].name]:
            sink.too_many(element, leaf[0], layout.HEADER)
        else:
            text = own[leaf[0].name][leaf[1]] = element.text
            if text and not text.isspace():
                lines.setdefault(leaf[0].name, line_of(element))
    child = own[spec.HEADER.name]
    sink.add(spec.HEADER, child, line_of(header))
    shared = {c: child.get(c) for c in layout.FROM_HEADER}
    seen: set[str] = set()
    for name, element in containers:
        table = layout.CONTAINERS[name]
        if name in seen and name in layout.SINGLE:
            sink.too_many(element, table, layout.HEADER)
        seen.add(name)
        sink.add(table, {**shared, **_fields(element, table, _FIELDS[name], sink)},
                 line_of(element))
    for table in layout.LEAF_TABLES:
        if table.name in lines:
            sink.add(table, {**shared, **own[table.name]}, lines[table.name])
    _read_uasc(flag, own[spec.UASC.name].get("DUC"), lines, shared, sink)
    return shared


def _read_uasc(flag: etree._Element | None, duc: str | None, lines: dict[str, int | None],
               shared: dict[str, str | None], sink: _Collector) -> None:
    text = (flag.text or "").strip() if flag is not None else ""
    if text not in ("", layout.UASC_YES, layout.UASC_NO) and flag is not None:
        sink.issues.append(Issue(
            file=sink.file, code="unknown-code", line=line_of(flag), table=spec.UASC.name,
            field=layout.UASC_FLAG, value=text,
            expected="1 (the child was an unaccompanied asylum-seeking child) or 0/blank"))
    if text == layout.UASC_YES or spec.UASC.name in lines:
        line = line_of(flag) if flag is not None and text else lines.get(spec.UASC.name)
        sink.add(spec.UASC, {**shared, "DUC": duc}, line)


def _read_child(child: etree._Element, sink: _Collector) -> None:
    headers = [e for e in child if _name(e) == layout.HEADER]
    shared: dict[str, str | None] = dict.fromkeys(layout.FROM_HEADER)
    if headers:
        shared = _read_header(headers[0], sink)
    else:
        sink.issues.append(Issue(file=sink.file, code="missing-mandatory",
                                 line=line_of(child), table=spec.HEADER.name,
                                 expected="a HEADER element for the child"))
    episode_fields = _FIELDS[layout.EPISODE]
    for element in child:
        name = _name(element)
        if name == layout.EPISODE:
            values = _fields(element, spec.EPISODES, episode_fields, sink)
            sink.add(spec.EPISODES, {"CHILD": shared["CHILD"], **values}, line_of(element))
        elif name == layout.HEADER and element is not headers[0]:
            sink.too_many(element, spec.HEADER, layout.CHILD)
        elif name != layout.HEADER:
            sink.unexpected(element, None, layout.CHILD)


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """One return from one ``<EXPSSDA903>`` file."""
    if len(paths) != 1:
        raise ValueError("an SSDA903 XML return is one file")
    path = paths[0]
    root = parse_xml(read_bytes(path, options.limits), path.name)
    if local_name(root) != layout.ROOT:
        raise fatal(path.name, "wrong-format", f"an SSDA903 XML file (root {layout.ROOT})",
                    line=line_of(root), value=local_name(root))
    sink = _Collector(path.name)
    for child in root:
        if _name(child) == layout.CHILD:
            _read_child(child, sink)
        else:
            sink.unexpected(child, None, layout.ROOT)
    return finish(sink.raw_tables(), paths, FORMAT, options, sink.issues)
