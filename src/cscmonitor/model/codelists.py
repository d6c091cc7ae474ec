"""DfE code lists, kept as data with labels and the collection years each code is valid.

Each return has one YAML file in ``model/codelists/`` (``<return>.yml``). A list is addressed as
``<return>.<list>``, e.g. ``ssda903.placement_type``. Years are collection end years
(``2025`` = 2024/25); a missing ``from``/``to`` means "since the earliest year we know" /
"still valid".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

import yaml

from cscmonitor.model.schema import _in_years

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when present: the code lists are read on every command."""


@dataclass(frozen=True)
class Code:
    """One code of a list, e.g. placement type ``U1``."""

    code: str
    label: str
    valid_from: int | None = None
    valid_to: int | None = None

    def in_year(self, year: int | None) -> bool:
        return _in_years(self.valid_from, self.valid_to, year)


@dataclass(frozen=True)
class CodeList:
    """A named DfE code list."""

    name: str
    title: str
    codes: tuple[Code, ...]
    source: str = ""

    def codes_in_year(self, year: int | None) -> list[str]:
        return [c.code for c in self.codes if c.in_year(year)]

    @cached_property
    def by_folded_code(self) -> dict[str, Code]:
        """Codes keyed by their upper-cased form: exports often send ``c1`` for ``C1``."""
        return {c.code.upper(): c for c in self.codes}

    def label(self, code: str) -> str:
        return self.by_folded_code[code.upper()].label


def _code(entry: dict[str, Any], where: str) -> Code:
    try:
        return Code(
            code=str(entry["code"]),
            label=str(entry.get("label", "")),
            valid_from=entry.get("from"),
            valid_to=entry.get("to"),
        )
    except KeyError as exc:
        raise ValueError(f"{where}: code entry without {exc}") from exc


def load_codelists() -> dict[str, CodeList]:
    """Read every ``<return>.yml`` shipped in the package."""
    lists: dict[str, CodeList] = {}
    folder = resources.files("cscmonitor.model") / "codelists"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yml"):
            continue
        return_name = item.name.removesuffix(".yml")
        document = yaml.load(item.read_text(encoding="utf-8"), Loader=_LOADER)
        source = str(document.get("source", ""))
        for list_name, body in document["lists"].items():
            name = f"{return_name}.{list_name}"
            codes = tuple(_code(e, f"{item.name}:{list_name}") for e in body["codes"])
            folded = [c.code.upper() for c in codes]
            if len(set(folded)) != len(folded):
                raise ValueError(f"{item.name}: list {list_name} repeats a code")
            lists[name] = CodeList(name, str(body.get("title", list_name)), codes, source)
    return lists
