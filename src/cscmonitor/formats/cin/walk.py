"""One pass over a CIN census document: raw values into per-table rows, structure checked.

The walk follows ``structure.MESSAGE`` and checks what the XSD would: unknown, misplaced and
repeated elements, stray text, missing required elements and pattern facets. Values stay raw
strings here; typing and code lists are ``coerce``'s job. Nothing is dropped silently: an
element of another collection year (``Sex`` in 2023/24, say) or out of the schema's order is
read and reported; an element the schema does not know at all is reported and skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from cscmonitor.formats.cin.structure import PATTERN_TEXT, Node
from cscmonitor.formats.issues import Issue
from cscmonitor.formats.xml import line_of, local_name
from cscmonitor.model import Table, year_label

Row = list[str | None]


def first_child(element: etree._Element | None, name: str) -> etree._Element | None:
    """The first child element called ``name`` (in any namespace or none), if any."""
    return None if element is None else next(element.iterchildren("{*}" + name), None)


@dataclass
class Sink:
    """The raw rows of one table, one list per record, in document order."""

    table: Table
    rows: list[Row] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    elements: list[etree._Element] = field(default_factory=list)
    slots: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.slots = {name: i for i, name in enumerate(self.table.column_names)}

    def columns(self) -> dict[str, list[str | None]]:
        """The rows turned into columns; only for a sink with rows."""
        return dict(zip(self.slots, map(list, zip(*self.rows, strict=True)), strict=True))


Record = tuple[Sink, Row]
_NO_ROW: Row = []


@dataclass(slots=True)
class _Entry:
    """How a child element of a group is read in the walk's year, worked out once per walk
    so that the hot loop looks nothing up."""

    spec: Node
    limit: int | None
    """Occurrences allowed before ``too-many``; None when unbounded or a plain value, whose
    repeats ``_leaf`` reports."""
    outside: str | None
    """Why the element is reported when it is not part of the walk's year's return."""
    sink: Sink | None
    """The table each occurrence starts a record of."""
    copied: list[tuple[int, int]]
    """(own slot, enclosing record's slot) of the keys a new record carries from its parent."""
    ordinal: int
    """Slot of the record's ordinal key, or -1."""
    slot: int
    """Slot of a leaf's value in the record it fills, or -1 for a group."""
    group: _Group | None
    """The children of a group element."""


Found = tuple[int, int, _Entry]
"""A child's position in the sequence, the slot of a plain value of the year (stored inline by
the hot loop) or -1, and its entry."""


@dataclass(slots=True)
class _Group:
    """A group's children by local name and by tag as met (namespaced tags are added once
    resolved), and the children that must occur."""

    node: Node
    names: dict[str, Found]
    tags: dict[str, Found]
    required: list[str]


def _end_line(element: etree._Element) -> int:
    """Line of an element's end tag, where its tail text begins."""
    if len(element):
        last = element[-1]
        return _end_line(last) + (last.tail or "").count("\n")
    return line_of(element) + (element.text or "").count("\n")


def _text_line(start: int, text: str) -> int:
    stripped = text.lstrip()
    return start + text[: len(text) - len(stripped)].count("\n")


def _shown(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass
class Walker:
    """Walks a document for one collection year, filling ``sinks`` and ``issues``."""

    file: str
    year: int
    sinks: dict[str, Sink]
    issues: list[Issue] = field(default_factory=list)

    def _issue(self, code: str, expected: str, line: int | None, record: Record | None,
               name: str | None, value: str | None = None) -> None:
        self.issues.append(Issue(
            file=self.file, code=code, expected=expected, line=line,
            table=record[0].table.name if record else None, field=name, value=value))

    def _stray(self, text: str, line: int, parent: str, record: Record | None) -> None:
        self._issue("unexpected-element", f"only elements inside {parent}, no text; the text "
                    "was ignored", _text_line(line, text), record, parent, _shown(text))

    def _compile(self, node: Node, enclosing: Sink | None) -> _Group:
        """The group ``node``, whose values fill records of ``enclosing``."""
        names: dict[str, Found] = {}
        for position, spec in enumerate(node.children):
            sink = self.sinks[spec.table] if spec.table is not None else None
            filled = sink if sink is not None else enclosing
            current = spec.in_year(self.year)
            outside = None if current else (f"not part of the {year_label(self.year)} return; "
                                            "it was read anyway")
            copied: list[tuple[int, int]] = []
            if sink is not None and enclosing is not None:
                copied = [(sink.slots[k], enclosing.slots[k]) for k in sink.table.key
                          if k in enclosing.table.key]
            slot = -1
            if spec.field is not None:
                assert filled is not None
                slot = filled.slots[spec.field]
            plain = spec.is_leaf and sink is None
            ordinal = -1 if sink is None or spec.key is None else sink.slots[spec.key]
            entry = _Entry(
                spec=spec, limit=None if plain else spec.max, outside=outside, sink=sink,
                copied=copied, ordinal=ordinal, slot=slot,
                group=None if spec.is_leaf else self._compile(spec, filled))
            inline = slot if plain and spec.pattern is None and current else -1
            names[spec.name] = (position, inline, entry)
        required = [spec.name for spec in node.children
                    if spec.min and spec.in_year(self.year) and (spec.table or not spec.is_leaf)]
        return _Group(node, names, dict(names), required)

    def walk(self, element: etree._Element, node: Node, record: Record | None) -> None:
        """Read ``element``, which matched the group ``node``, into ``record``."""
        enclosing = None if record is None else record[0]
        self._walk(element, self._compile(node, enclosing), record)

    def _named(self, child: etree._Element, group: _Group,
               record: Record | None) -> Found | None:
        """The entry of a namespaced child (remembered by tag), or None (reported) for an
        unknown one."""
        name = local_name(child)
        found = group.names.get(name)
        if found is None:
            self._issue("unexpected-element", f"one of the elements of {group.node.name}: "
                        f"{', '.join(group.names)}; the element was ignored", line_of(child),
                        record, name or None, _shown(child.text))
        else:
            group.tags[child.tag] = found
        return found

    def _walk(self, element: etree._Element, group: _Group, record: Record | None) -> None:
        """The reader's hot path: a plain value element of the year is stored inline;
        everything else goes through ``_child``."""
        text = element.text
        if text is not None and not text.isspace():
            self._stray(text, line_of(element), group.node.name, record)
        tags = group.tags
        row = record[1] if record is not None else _NO_ROW
        counts: dict[str, int] = {}
        last = -1
        for child in element:
            found = tags.get(child.tag) or self._named(child, group, record)
            if found is not None:
                position, slot, entry = found
                if slot >= 0 and row[slot] is None and not len(child):
                    row[slot] = child.text
                else:
                    self._child(child, entry, record, counts)
                if position < last:
                    self._issue("unexpected-element", f"{entry.spec.name} before "
                                f"{group.node.children[last].name}, in the schema's order; "
                                "it was read anyway", line_of(child), record, entry.spec.name)
                else:
                    last = position
            tail = child.tail
            if tail is not None and not tail.isspace():
                self._stray(tail, _end_line(child), group.node.name, record)
        for name in group.required:
            if name not in counts:
                self._issue("missing-mandatory", f"{group.node.name} must contain {name}",
                            line_of(element), record, name)

    def _child(self, child: etree._Element, entry: _Entry, record: Record | None,
               counts: dict[str, int]) -> None:
        """An element other than a plain value stored inline; its occurrence ``count`` is
        also the ordinal of the record it starts (the key column numbered in its parent)."""
        spec = entry.spec
        count = counts[spec.name] = counts.get(spec.name, 0) + 1
        if entry.limit is not None and count > entry.limit:
            self._issue("too-many", f"at most {spec.max} {spec.name}; the extra one was "
                        "ignored", line_of(child), record, spec.name)
            return
        if entry.outside is not None:
            self._issue("unexpected-element", entry.outside, line_of(child), record, spec.name,
                        _shown(child.text) if spec.is_leaf else None)
        sink = entry.sink
        if sink is not None:
            row: Row = [None] * len(sink.slots)
            sink.rows.append(row)
            sink.lines.append(line_of(child))
            sink.elements.append(child)
            if record is not None:
                enclosing = record[1]
                for mine, theirs in entry.copied:
                    row[mine] = enclosing[theirs]
            if entry.ordinal >= 0:
                row[entry.ordinal] = str(count)
            record = (sink, row)
        if entry.group is not None:
            self._walk(child, entry.group, record)
        else:
            assert record is not None
            self._leaf(child, entry, record)

    def _leaf(self, element: etree._Element, entry: _Entry, record: Record) -> None:
        spec = entry.spec
        if len(element):
            for inner in element:
                self._issue("unexpected-element", f"{spec.name} holds a value, not elements; "
                            "the element was ignored", line_of(inner), record,
                            local_name(inner) or None, _shown(inner.text))
        row = record[1]
        if row[entry.slot] is not None:
            self._issue("too-many", f"one {spec.name}; only the first was kept",
                        line_of(element), record, spec.field, _shown(element.text))
            return
        text = row[entry.slot] = element.text
        if spec.pattern is not None and text is not None and text.strip() and \
                not spec.pattern.fullmatch(text.strip()):
            self._issue("invalid-pattern", PATTERN_TEXT[spec.name], line_of(element),
                        record, spec.field, text.strip())
