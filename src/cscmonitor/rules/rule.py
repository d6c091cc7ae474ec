"""One validation rule: DfE's code and message, what it reads, and its check.

A rule is declared once, in its own file (``rules/<return>/y<year>/r<code>.py`` defining
``RULE``), next to a YAML file of cases (``r<code>.yml``). The check is SQL over the canonical
tables by default, or a Python function where SQL can't say it cleanly. Either way it returns
the flagged records: a ``_row`` column (the record's source line or row), optionally
``table_name`` when the rule flags records of more than one table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb
    import polars as pl


class Severity(StrEnum):
    """DfE's two kinds of finding: errors block a return; queries must be explained."""

    ERROR = "error"
    QUERY = "query"


PythonCheck = Callable[["duckdb.DuckDBPyConnection"], "pl.DataFrame"]
"""A check written in Python: given the connection holding the tables, the flagged records."""


@dataclass(frozen=True)
class Rule:
    """A DfE validation rule (or one of cscmonitor's own data-integrity checks, code ``CSM-…``).

    ``tables`` lists every canonical table the check reads (``<table>_last`` for the previous
    year's return); the first one is the table whose records are flagged unless the check
    returns ``table_name``. ``fields`` are the affected fields shown with each finding.

    A rule reading ``_last`` tables is skipped when the previous year's return is not loaded,
    unless ``last_year_optional``: DfE rules that look at last year only to see more (an
    adoption recorded last year, a child UASC last year) still run on this year alone, with
    the ``_last`` tables empty.
    """

    code: str
    message: str
    severity: Severity
    tables: tuple[str, ...]
    fields: tuple[str, ...]
    sql: str | None = None
    python: PythonCheck | None = None
    last_year_optional: bool = False
    """The check still holds with empty ``_last`` tables (see above)."""
    needs_authority: bool = False
    """The check compares with the submitting authority (its own LA code, e.g. whether a
    placement is in or out of the authority): skipped when that code is not known."""
    note: str = ""
    """Where DfE's wording leaves a choice, the choice made, or why cscmonitor differs from the
    community validator."""
    return_name: str = field(default="", compare=False)
    year: int = field(default=0, compare=False)
    """The collection year folder the rule was declared in (set by the registry)."""
    source: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if (self.sql is None) == (self.python is None):
            raise ValueError(f"rule {self.code}: give exactly one of sql or python")
        if not self.tables:
            raise ValueError(f"rule {self.code}: name the tables it reads")
        if not self.message.strip():
            raise ValueError(f"rule {self.code}: a rule needs its message")
        if self.last_year_optional and not self.reads_last_year:
            raise ValueError(f"rule {self.code}: last_year_optional but reads no _last table")

    @property
    def flagged_table(self) -> str:
        return self.tables[0]

    @property
    def reads_last_year(self) -> bool:
        """Rules comparing with the previous year's return (DfE's "_last" rules)."""
        return any(t.endswith("_last") for t in self.tables)

    @property
    def needs_last_year(self) -> bool:
        """Rules that cannot run without the previous year's return."""
        return self.reads_last_year and not self.last_year_optional

    @property
    def current_tables(self) -> tuple[str, ...]:
        return tuple(t for t in self.tables if not t.endswith("_last"))
