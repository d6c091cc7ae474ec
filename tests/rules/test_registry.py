"""The rule registry as a whole: every rule is catalogued, documented and has its cases."""

from __future__ import annotations

import csv
import re
from functools import cache

import pytest

from cscmonitor.model import registry
from cscmonitor.model.geography import local_authorities, placements
from cscmonitor.rules.cases import case_file, load_cases
from cscmonitor.rules.registry import all_declared, not_checked, rules_for, years
from cscmonitor.rules.rule import Rule
from tests.conftest import REFERENCE

RULES = all_declared()
OWN_PREFIX = "CSM-"
"""cscmonitor's own data-integrity checks, taken from the community validator's INT/EPI/NoE."""
COMPUTED = {"local_authorities": tuple(local_authorities().columns),
            "ssda903_episode_geography": tuple(placements.SCHEMA.names())}
"""Tables the rule context computes (see ``rules/context.py``), with their columns."""


def _catalogue_file(rule: Rule) -> str:
    return _catalogue_for(rule.return_name, rule.year)


def _catalogue_for(return_name: str, year: int) -> str:
    name = f"{return_name}_{year - 1}_{year % 100:02d}_rule_catalogue.csv"
    if (REFERENCE / "rule-catalogues" / name).exists():
        return name
    # The CIN census catalogue is kept for 2025/26 only; its codes stand for every year.
    return sorted(p.name for p in (REFERENCE / "rule-catalogues").glob(
        f"{return_name}_*_rule_catalogue.csv"))[-1]


@cache
def catalogue(name: str) -> dict[str, str]:
    """Code -> message; the 2024/25 file heads its columns "Rule code", "Rule message"."""
    with (REFERENCE / "rule-catalogues" / name).open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    return {row[0].strip(): row[1] for row in rows[1:] if row}


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _id(rule: Rule) -> str:
    return f"{rule.return_name}-y{rule.year}-{rule.code}"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_is_in_the_dfe_catalogue_with_its_message(rule: Rule) -> None:
    entries = catalogue(_catalogue_file(rule))
    code = rule.code.removeprefix(OWN_PREFIX)
    assert code in entries, f"{rule.code} is not in {_catalogue_file(rule)}"
    if not rule.code.startswith(OWN_PREFIX):
        assert _same_text(rule.message, entries[code])


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_has_passing_and_failing_cases(rule: Rule) -> None:
    assert case_file(rule).is_file(), f"no case file for {rule.code}"
    cases = load_cases(rule)
    assert any(c.passes for c in cases), f"{rule.code} has no passing case"
    assert any(not c.passes for c in cases), f"{rule.code} has no failing case"
    assert len({c.name for c in cases}) == len(cases), "case names must be unique"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_reads_real_tables_and_fields(rule: Rule) -> None:
    names = [t.removesuffix("_last") for t in rule.tables]
    tables = [registry().table(t) for t in names if t not in COMPUTED]
    assert all(t.return_name == rule.return_name for t in tables)
    columns = {c for t in tables for c in t.column_names}
    columns |= {c for t in names for c in COMPUTED.get(t, ())}
    missing = [f for f in rule.fields if f not in columns]
    assert not missing, f"{rule.code}: fields {missing} are in none of {rule.tables}"


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_file_is_named_by_its_code(rule: Rule) -> None:
    assert rule.source is not None
    expected = "r" + re.sub(r"[^0-9A-Za-z]", "_", rule.code.removeprefix(OWN_PREFIX))
    assert str(rule.source).rsplit("/", 1)[-1] == f"{expected}.py"


@pytest.mark.parametrize("return_name", ["ssda903", "cin"])
def test_every_year_folder_gives_a_rule_set(return_name: str) -> None:
    for year in years(return_name):
        assert rules_for(return_name, year), f"{return_name} {year} has no rules"



@pytest.mark.parametrize("return_name", ["ssda903", "cin"])
def test_every_catalogued_code_is_checked_or_said_why_not(return_name: str) -> None:
    unchecked = set(not_checked(return_name))
    catalogued_any_year: set[str] = set()
    for year in years(return_name):
        name = _catalogue_for(return_name, year)
        catalogued = set(catalogue(name))
        catalogued_any_year |= catalogued
        checked = {r.code.removeprefix(OWN_PREFIX) for r in rules_for(return_name, year)}
        assert catalogued - checked - unchecked == set(), f"{name}: neither checked nor listed"
        assert checked & unchecked == set(), f"{name}: both checked and listed as not checked"
    assert unchecked <= catalogued_any_year, "not_checked.yml lists a code no catalogue has"
