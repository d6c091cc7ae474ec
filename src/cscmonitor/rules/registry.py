"""Every rule, by return and collection year, with the year overlay DfE's changes need.

Rules live in ``rules/<return>/y<end year>/``. The earliest folder of a return holds its full
rule set; each later folder holds only the rules that changed or were added that year, and a
``retired.yml`` listing the codes that year drops (``codes: [...]``). The rules for a year are
the earliest folder's, overlaid in order by each later folder up to that year.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import replace
from functools import cache
from importlib import resources

import yaml

from cscmonitor.rules.rule import Rule

RETURNS = ("ssda903", "cin")
_YEAR_FOLDER = re.compile(r"^y(\d{4})$")


def _year_folders(return_name: str) -> list[int]:
    package = importlib.import_module(f"cscmonitor.rules.{return_name}")
    return sorted(int(m.group(1)) for info in pkgutil.iter_modules(package.__path__)
                  if info.ispkg and (m := _YEAR_FOLDER.match(info.name)))


@cache
def declared(return_name: str, year: int) -> tuple[dict[str, Rule], frozenset[str]]:
    """The rules declared in one year folder, and the codes it retires."""
    package_name = f"cscmonitor.rules.{return_name}.y{year}"
    package = importlib.import_module(package_name)
    rules: dict[str, Rule] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.ispkg or not info.name.startswith("r"):
            continue
        module = importlib.import_module(f"{package_name}.{info.name}")
        rule: Rule = module.RULE
        if rule.code in rules:
            raise ValueError(f"{package_name}: rule {rule.code} declared twice")
        source = resources.files(package_name) / f"{info.name}.py"
        rules[rule.code] = replace(rule, return_name=return_name, year=year,
                                   source=source)  # type: ignore[arg-type]
    retired_file = resources.files(package_name) / "retired.yml"
    retired: frozenset[str] = frozenset()
    if retired_file.is_file():
        document = yaml.safe_load(retired_file.read_text(encoding="utf-8")) or {}
        retired = frozenset(str(c) for c in document.get("codes", []))
    return rules, retired


def years(return_name: str) -> list[int]:
    """Collection years that have a rule folder for this return."""
    return _year_folders(return_name)


@cache
def rules_for(return_name: str, year: int) -> tuple[Rule, ...]:
    """The rules in force for ``return_name`` in collection year ``year``.

    A year before the earliest folder uses the earliest folder's rules; a year after the
    latest uses the latest's (the overlay simply has nothing more to apply).
    """
    folders = _year_folders(return_name)
    if not folders:
        return ()
    in_force: dict[str, Rule] = {}
    for folder in folders:
        if folder > year and folder != folders[0]:
            break
        rules, retired = declared(return_name, folder)
        for code in retired:
            in_force.pop(code, None)
        in_force.update(rules)
    return tuple(sorted(in_force.values(), key=lambda r: _sort_key(r.code)))


@cache
def not_checked(return_name: str) -> dict[str, str]:
    """DfE's codes for the return that cscmonitor does not check, each with the reason
    (``rules/<return>/not_checked.yml``)."""
    found = resources.files(f"cscmonitor.rules.{return_name}") / "not_checked.yml"
    if not found.is_file():
        return {}
    document = yaml.safe_load(found.read_text(encoding="utf-8")) or {}
    return {str(code): " ".join(str(reason).split())
            for code, reason in (document.get("codes") or {}).items()}


def all_declared() -> list[Rule]:
    """Every rule file of every return and year folder (for registry-wide checks)."""
    return [rule for name in RETURNS for year in _year_folders(name)
            for rule in declared(name, year)[0].values()]


def _sort_key(code: str) -> tuple[int, str]:
    digits = re.match(r"\d+", code)
    return (int(digits.group(0)) if digits else 10**9, code)
