"""Which SSDA903 table a CSV file holds, told by its header row alone.

Local authorities name the files as they like, so a file is whichever table its columns say.
Every table has CHILD, most have DOB, and the header and UASC tables share SEX, so a table is
recognised by its distinctive columns: those no other table has. A header row with CHILD and
distinctive columns of exactly one table is that table. One with distinctive columns of two
tables, or of none, is refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable

from cscmonitor.formats.delimited import column_keys, match_headers
from cscmonitor.formats.issues import fatal
from cscmonitor.model import Table
from cscmonitor.model.returns.ssda903 import RETURN


def _distinctive(table: Table) -> frozenset[str]:
    """Columns of ``table`` whose header (and every known variant of it) no other table has."""
    others = {k for t in RETURN.tables if t is not table for k in column_keys(t)}
    shared = {column for key, column in column_keys(table).items() if key in others}
    return frozenset(c for c in table.column_names if c not in shared)


_DISTINCTIVE = {t.name: _distinctive(t) for t in RETURN.tables}


def candidates(headers: Iterable[str]) -> list[Table]:
    """The tables whose child identifier and at least one distinctive column are present."""
    headers = list(headers)
    found = {t.name: set(match_headers(headers, t).values()) for t in RETURN.tables}
    return [t for t in RETURN.tables
            if t.child_id in found[t.name] and found[t.name] & _DISTINCTIVE[t.name]]


def recognise(headers: Iterable[str], file: str) -> Table:
    """The one table these headers belong to; ``FormatError`` if none or several."""
    headers = list(headers)
    found = candidates(headers)
    if len(found) == 1:
        return found[0]
    if not found:
        names = ", ".join(t.name.removeprefix("ssda903_") for t in RETURN.tables)
        raise fatal(file, "wrong-format",
                    f"the header row of an SSDA903 table (CHILD and the columns of one of: "
                    f"{names})", line=1, value=",".join(headers)[:200])
    raise fatal(file, "wrong-format",
                "the columns of one SSDA903 table; this header row mixes columns of "
                + " and ".join(t.name for t in found), line=1, value=",".join(headers)[:200])
