"""Where each Annex A list is in a workbook: its sheet, its header row and its columns.

Ofsted's template names the sheets "List 1" to "List 11" with the header on the first row.
Real workbooks rename sheets ("List 1 - Contacts", "L1 Contacts") or put a title above the
header, so a list is recognised by its sheet name or by a header row that matches the list's
columns, within the first rows of the sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from cscmonitor.formats.delimited import column_keys, header_key
from cscmonitor.model import Table
from cscmonitor.model.returns.annex_a import LISTS

HEADER_SEARCH_ROWS = 30
"""How far down a sheet the header row may be."""

MIN_HEADER_MATCHES = 3
"""A header row names the list's identifier column and at least this many of its columns."""

_SHEET_NAME = re.compile(r"^\s*l(?:ist)?\s*[-_.]?\s*(\d{1,2})(?!\d)", re.IGNORECASE)


def sheet_name(table: Table) -> str:
    """The template's sheet name for a list: "List 1" ... "List 11"."""
    return f"List {LISTS.index(table) + 1}"


def header(table: Table, column: str) -> str:
    """The template's header of a column (its first alias, see ``model.returns.annex_a``)."""
    return table.aliases[column][0]


def list_named(name: str) -> Table | None:
    """The list a sheet's name points at ("List 3", "List 3 - Referrals", "L3"), if any."""
    match = _SHEET_NAME.match(name)
    if not match:
        return None
    number = int(match.group(1))
    return LISTS[number - 1] if 1 <= number <= len(LISTS) else None


@cache
def _keys(number: int) -> dict[str, str]:
    return column_keys(LISTS[number])


def header_columns(cells: Sequence[str | None], table: Table) -> dict[int, str]:
    """Cell position -> canonical column, for the cells of a row that name ``table``'s columns.

    A column named twice keeps its first position.
    """
    keys = _keys(LISTS.index(table))
    found: dict[int, str] = {}
    for position, cell in enumerate(cells):
        name = keys.get(header_key(cell)) if cell else None
        if name is not None and name not in found.values():
            found[position] = name
    return found


def _score(cells: Sequence[str | None], table: Table) -> int:
    names = set(header_columns(cells, table).values())
    if table.key[0] not in names or len(names) < MIN_HEADER_MATCHES:
        return 0
    return len(names)


@dataclass(frozen=True)
class Located:
    """A list found on a sheet: which list, and the 0-based index of its header row."""

    table: Table
    header_index: int


def locate(name: str, rows: Sequence[Sequence[str | None]]) -> Located | None:
    """The list on a sheet called ``name`` whose first rows are ``rows``.

    A sheet named after a list is that list when one of its rows is a header of it. Otherwise
    the best-matching header row decides, unless two lists match it equally well.
    """
    rows = rows[:HEADER_SEARCH_ROWS]
    named = list_named(name)
    candidates = [named] if named is not None else list(LISTS)
    best: tuple[int, Located] | None = None
    tied = False
    for index, cells in enumerate(rows):
        for table in candidates:
            score = _score(cells, table)
            if score == 0:
                continue
            if best is None or score > best[0]:
                best, tied = (score, Located(table, index)), False
            elif score == best[0] and table is not best[1].table:
                tied = True
    if best is None or tied:
        return None
    return best[1]
