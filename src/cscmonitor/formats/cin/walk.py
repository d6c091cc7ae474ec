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
    """The first child element called ``name`` (in any namespace), if any."""
    if element is None:
        return None
    return next((e for e in element if local_name(e) == name), None)


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

    def start(self, element: etree._Element) -> Row:
        row: Row = [None] * len(self.slots)
        self.rows.append(row)
        self.lines.append(line_of(element))
        self.elements.append(element)
        return row

    def columns(self) -> dict[str, list[str | None]]:
        if not self.rows:
            return {name: [] for name in self.slots}
        return dict(zip(self.slots, map(list, zip(*self.rows, strict=True)), strict=True))


Record = tuple[Sink, Row]
Plan = dict[str, tuple[int, Node, int]]
"""A group's children by name: (position in the sequence, spec, slot of a plain value or -1)."""
_NO_ROW: Row = []


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
    _copies: dict[tuple[str, str], list[tuple[int, int]]] = field(default_factory=dict)
    _plans: dict[int, Plan] = field(default_factory=dict)
    _requirements: dict[int, list[str]] = field(default_factory=dict)

    def _issue(self, code: str, expected: str, line: int | None, record: Record | None,
               name: str | None, value: str | None = None) -> None:
        self.issues.append(Issue(
            file=self.file, code=code, expected=expected, line=line,
            table=record[0].table.name if record else None, field=name, value=value))

    def _stray(self, text: str, line: int, parent: str, record: Record | None) -> None:
        self._issue("unexpected-element", f"only elements inside {parent}, no text; the text "
                    "was ignored", _text_line(line, text), record, parent, _shown(text))

    def _copied(self, parent: Sink, child: Sink) -> list[tuple[int, int]]:
        """(child slot, parent slot) of the parent's keys, which the child record carries."""
        pair = (parent.table.name, child.table.name)
        if pair not in self._copies:
            self._copies[pair] = [(child.slots[k], parent.slots[k]) for k in child.table.key
                                  if k in parent.table.key]
        return self._copies[pair]

    def _open(self, element: etree._Element, node: Node, parent: Record | None,
              ordinals: dict[str, int]) -> Record:
        assert node.table is not None
        sink = self.sinks[node.table]
        row = sink.start(element)
        if parent is not None:
            for mine, theirs in self._copied(parent[0], sink):
                row[mine] = parent[1][theirs]
        if node.key is not None:
            ordinals[node.key] = ordinals.get(node.key, 0) + 1
            row[sink.slots[node.key]] = str(ordinals[node.key])
        return sink, row

    def _leaf(self, element: etree._Element, node: Node, record: Record) -> None:
        assert node.field is not None
        for inner in element:
            self._issue("unexpected-element", f"{node.name} holds a value, not elements; "
                        "the element was ignored", line_of(inner), record,
                        local_name(inner) or None, _shown(inner.text))
        sink, row = record
        slot = sink.slots[node.field]
        if row[slot] is not None:
            self._issue("too-many", f"one {node.name}; only the first was kept",
                        line_of(element), record, node.field, _shown(element.text))
            return
        text = row[slot] = element.text
        if node.pattern is not None and text is not None and text.strip() and \
                not node.pattern.fullmatch(text.strip()):
            self._issue("invalid-pattern", PATTERN_TEXT[node.name], line_of(element),
                        record, node.field, text.strip())

    def _plan(self, node: Node, record: Record | None) -> Plan:
        plan = self._plans.get(id(node))
        if plan is None:
            slots = record[0].slots if record is not None else {}
            plan = self._plans[id(node)] = {
                child.name: (position, child, slots[child.field] if (
                    child.field is not None and child.table is None and child.pattern is None
                    and child.in_year(self.year)) else -1)
                for position, child in enumerate(node.children)}
        return plan

    def _required(self, node: Node) -> list[str]:
        """Children that must occur, other than values (whose absence ``coerce`` reports)."""
        required = self._requirements.get(id(node))
        if required is None:
            required = self._requirements[id(node)] = [
                spec.name for spec in node.children
                if spec.min and spec.in_year(self.year) and (spec.table or not spec.is_leaf)]
        return required

    def _named(self, child: etree._Element, plan: Plan, node: Node,
               record: Record | None) -> tuple[int, Node, int] | None:
        """The plan entry of a namespaced child, or None (reported) for an unknown one."""
        name = local_name(child)
        found = plan.get(name)
        if found is None:
            self._issue("unexpected-element", f"one of the elements of {node.name}: "
                        f"{', '.join(plan)}; the element was ignored", line_of(child), record,
                        name or None, _shown(child.text))
        return found

    def walk(self, element: etree._Element, node: Node, record: Record | None) -> None:
        """Read ``element``, which matched the group ``node``, into ``record``.

        This loop is the reader's hot path: a plain value element of the year is stored inline;
        everything else goes through ``_child``.
        """
        text = element.text
        if text is not None and not text.isspace():
            self._stray(text, line_of(element), node.name, record)
        plan = self._plan(node, record)
        row = record[1] if record is not None else _NO_ROW
        counts: dict[str, int] = {}
        ordinals: dict[str, int] = {}
        last = -1
        for child in element:
            found = plan.get(child.tag) or self._named(child, plan, node, record)  # type: ignore[call-overload]
            if found is not None:
                position, spec, slot = found
                if slot >= 0 and row[slot] is None and not len(child):
                    row[slot] = child.text
                else:
                    self._child(child, spec, record, counts, ordinals)
                if position < last:
                    self._issue("unexpected-element", f"{spec.name} before "
                                f"{node.children[last].name}, in the schema's order; it was "
                                "read anyway", line_of(child), record, spec.name)
                else:
                    last = position
            tail = child.tail
            if tail is not None and not tail.isspace():
                self._stray(tail, _end_line(child), node.name, record)
        for name in self._required(node):
            if name not in counts:
                self._issue("missing-mandatory", f"{node.name} must contain {name}",
                            line_of(element), record, name)

    def _child(self, child: etree._Element, spec: Node, record: Record | None,
               counts: dict[str, int], ordinals: dict[str, int]) -> None:
        count = counts[spec.name] = counts.get(spec.name, 0) + 1
        if spec.max is not None and count > spec.max and not (spec.is_leaf and not spec.table):
            self._issue("too-many", f"at most {spec.max} {spec.name}; the extra one was "
                        "ignored", line_of(child), record, spec.name)
            return
        if not spec.in_year(self.year):
            self._issue("unexpected-element", f"not part of the {year_label(self.year)} "
                        "return; it was read anyway", line_of(child), record, spec.name,
                        _shown(child.text) if spec.is_leaf else None)
        if spec.table is not None:
            inner = self._open(child, spec, record, ordinals)
            if spec.is_leaf:
                self._leaf(child, spec, inner)
            else:
                self.walk(child, spec, inner)
        elif spec.is_leaf:
            assert record is not None
            self._leaf(child, spec, record)
        else:
            self.walk(child, spec, record)
