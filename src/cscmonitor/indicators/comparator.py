"""Where DfE publishes the official figure an indicator is benchmarked against.

A comparator names a statistics file (by its stem), the value column and, where the file
breaks figures down (``cla_group``, ``placement_stability``...), the dimension values that pick
the right row. It is declared in an indicator's YAML and answered by ``benchmarks``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_KEYS = frozenset({"file", "column", "where", "census", "rate"})


def _frozen(where: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(sorted(where.items())))


@dataclass(frozen=True)
class Comparator:
    """Where DfE publishes the official figure for an indicator."""

    file: str
    """Statistics file stem, e.g. ``c1_children_in_need_referrals_and_rereferrals_2013_to_2025``."""
    column: str
    """Value column, e.g. ``rereferral_percent``."""
    where: Mapping[str, str] = field(default_factory=lambda: _frozen({}))
    """Dimension column -> value, e.g. ``{"placement_stability": "Total children"}``."""
    rate: str | None = None
    """For a count, the column of the same file holding its published rate per 10,000
    children: England's or a neighbour's count can't be compared with the LA's, its rate can."""
    census: bool = False
    """True for the workforce census: its ``time_period`` Y is the census at 30 September Y,
    which cscmonitor files under collection year Y + 1."""

    def __post_init__(self) -> None:
        if not self.file or not self.column:
            raise ValueError("a comparator needs a file and a column")
        object.__setattr__(self, "where", _frozen(self.where))

    def __hash__(self) -> int:
        return hash((self.file, self.column, tuple(self.where.items()), self.census, self.rate))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Comparator):
            return NotImplemented
        return (self.file, self.column, dict(self.where), self.census, self.rate) == (
            other.file, other.column, dict(other.where), other.census, other.rate)

    def time_period(self, collection_year: int) -> int:
        """The ``time_period`` DfE publishes the figure of ``collection_year`` under."""
        return collection_year - 1 if self.census else collection_year

    def collection_year(self, time_period: int) -> int:
        """The collection year a published ``time_period`` belongs to."""
        return time_period + 1 if self.census else time_period

    @classmethod
    def from_yaml(cls, data: Mapping[str, object]) -> Comparator:
        """From an indicator YAML's ``comparator:`` mapping (``file``, ``column``, optional
        ``where`` and ``census``); anything else is a mistake worth stopping for."""
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            raise ValueError(f"comparator: unknown keys {unknown} (allowed: {sorted(_KEYS)})")
        file, column = data.get("file"), data.get("column")
        if not isinstance(file, str) or not isinstance(column, str):
            raise ValueError("comparator: 'file' and 'column' must be given as text")
        where = data.get("where") or {}
        if not isinstance(where, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in where.items()):
            raise ValueError("comparator: 'where' must map column names to text values")
        census = data.get("census", False)
        if not isinstance(census, bool):
            raise ValueError("comparator: 'census' must be true or false")
        rate = data.get("rate")
        if rate is not None and not isinstance(rate, str):
            raise ValueError("comparator: 'rate' must name a column")
        return cls(file=file.removesuffix(".csv"), column=column, where=where, census=census,
                   rate=rate)

    @property
    def rate_comparator(self) -> Comparator | None:
        """The published rate per 10,000 of the same figure, where the file has one."""
        if self.rate is None:
            return None
        return Comparator(file=self.file, column=self.rate, where=self.where,
                          census=self.census)
