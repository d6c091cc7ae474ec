"""What a reader hands on: the canonical tables of one return, and what was wrong with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polars as pl

from cscmonitor.formats.issues import Issue


@dataclass
class ReadResult:
    """One return (one file, or one 903 CSV set) read into canonical tables."""

    return_name: str
    format: str
    collection_year: int
    tables: dict[str, pl.DataFrame]
    files: list[Path]
    issues: list[Issue] = field(default_factory=list)
    reference_date: date | None = None
    la_code: str | None = None

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: frame.height for name, frame in sorted(self.tables.items())}
