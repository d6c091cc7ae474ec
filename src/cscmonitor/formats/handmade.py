"""Tables written by hand (rule and indicator cases), typed exactly as a file's would be.

Values are written as a real export would have them (``01/05/2024``, ``2024-05-01``, codes in
any case) and go through the readers' own coercion, so a hand-made table behaves exactly like
the same rows read from a return, impossible dates and unknown codes included.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from cscmonitor.formats.issues import Issue
from cscmonitor.formats.values import Located, coerce
from cscmonitor.model import ROW, registry

Rows = list[dict[str, Any]]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def handmade_tables(tables: dict[str, Rows], year: int, file: str
                    ) -> tuple[dict[str, pl.DataFrame], list[Issue]]:
    """Canonical frames of the rows given per table, and the problems coercion found."""
    frames: dict[str, pl.DataFrame] = {}
    issues: list[Issue] = []
    for name, rows in tables.items():
        table = registry().table(name)
        unknown = {k for r in rows for k in r} - set(table.column_names)
        if unknown:
            raise ValueError(f"{file}: {name} has no columns {sorted(unknown)}")
        raw = pl.DataFrame(
            {**{c: [_text(r.get(c)) for r in rows] for c in table.column_names},
             ROW: list(range(1, len(rows) + 1))},
            schema={**dict.fromkeys(table.column_names, pl.String()), ROW: pl.Int64()})
        frames[name], found = coerce(raw, table, year, Located(file, name))
        issues += found
    return frames, issues
