"""Reading a CIN census XML file into the canonical CIN tables.

The document is parsed safely, walked once into raw string columns (``walk``), and each table
is typed by ``coerce``. Coerce locates a bad value by its record; the reader then points the
issue at the value's own element, so a bad Sex is reported on the Sex line, not the Child line.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import polars as pl
from lxml import etree

from cscmonitor.formats.cin.structure import MESSAGE, field_paths
from cscmonitor.formats.cin.walk import Sink, Walker, first_child
from cscmonitor.formats.cin.year import collection_year
from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.source import read_bytes
from cscmonitor.formats.values import Located, coerce
from cscmonitor.formats.xml import line_of, local_name, parse_xml
from cscmonitor.model import ROW, registry

_PREFIX = rb"<(?:[\w.-]+:)?"
_ROOT = re.compile(rb"(?:\s|<\?.*?\?>|<!--.*?-->)*" + _PREFIX + rb"Message[\s>/]", re.S)
_COLLECTION = re.compile(_PREFIX + rb"Collection\s*>\s*([^<]*?)\s*<")
_CHILD_DATA = (re.compile(_PREFIX + rb"Children[\s>]"), re.compile(_PREFIX + rb"Child[\s>]"),
               re.compile(_PREFIX + rb"CINdetails[\s>]"))


def _utf8(head: bytes) -> bytes:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf")


def sniff(path: Path, head: bytes) -> bool:
    """A ``Message`` whose collection is CIN, or, without one, that holds CIN details."""
    head = _utf8(head)
    if not _ROOT.match(head):
        return False
    collection = _COLLECTION.search(head)
    if collection is not None:
        return collection.group(1).upper() == b"CIN"
    return all(pattern.search(head) for pattern in _CHILD_DATA)


def _precise(issue: Issue, sink: Sink) -> Issue:
    """The issue placed on the line of its own element rather than its record's."""
    index = issue.line or 0
    line = sink.lines[index]
    for path in field_paths().get(sink.table.name, {}).get(issue.field or "", []):
        element: etree._Element | None = sink.elements[index]
        for name in path:
            element = first_child(element, name)
        if element is not None:
            line = line_of(element) or line
            break
    return replace(issue, line=line)


def _typed(sink: Sink, year: int, file: str) -> tuple[pl.DataFrame, list[Issue]]:
    if not sink.rows:  # most returns leave some tables empty; typing nothing still costs
        return sink.table.empty_frame(), []
    raw = pl.DataFrame(sink.columns() | {ROW: range(len(sink.lines))},
                       schema={**dict.fromkeys(sink.slots, pl.String), ROW: pl.Int64})
    frame, issues = coerce(raw, sink.table, year, Located(file, sink.table.name))
    frame = frame.with_columns(pl.Series(ROW, sink.lines, dtype=pl.Int64))
    return frame, [_precise(issue, sink) for issue in issues]


@contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cycle collector: the walk makes ~10 containers per child and none are cycles,
    so collections triggered by allocation only slow a large file (about a third of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """Read one CIN census file; bad values and structure become warnings, not failures."""
    if len(paths) != 1:
        raise ValueError(f"cin-xml reads one file at a time, got {len(paths)}")
    path = paths[0]
    root = parse_xml(read_bytes(path, options.limits), path.name)
    if local_name(root) != "Message":
        raise fatal(path.name, "wrong-format", "a CIN census XML file (root element Message)",
                    line=line_of(root), value=local_name(root))
    year, reference, issues = collection_year(root, path.name, options.year)
    sinks = {table.name: Sink(table) for table in registry().return_spec("cin").tables}
    walker = Walker(path.name, year, sinks)
    tables: dict[str, pl.DataFrame] = {}
    with _without_gc():
        walker.walk(root, MESSAGE, None)
        issues += walker.issues
        for name, sink in sinks.items():
            tables[name], found = _typed(sink, year, path.name)
            issues += found
    issues.sort(key=lambda i: i.line or 0)
    lea = tables["cin_header"]["LEA"].drop_nulls()
    return ReadResult(return_name="cin", format="cin-xml", collection_year=year, tables=tables,
                      files=[path], issues=issues, reference_date=reference,
                      la_code=lea[0] if len(lea) else None)
