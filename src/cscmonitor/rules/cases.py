"""A rule's YAML cases: small input tables and exactly which records must be flagged.

``r<code>.yml`` beside ``r<code>.py``::

    cases:
      - name: placement type from a retired list is flagged
        year: 2025                      # optional: the rule's own year folder by default
        tables:
          ssda903_episodes:
            - {CHILD: "1", DECOM: 01/05/2024, PLACE: H5}
            - {CHILD: "2", DECOM: 2024-05-01, PLACE: U1}
        last_year:                      # optional: the previous year's return
          ssda903_header: [...]
        la_code: "333"                  # optional: the submitting authority (DfE's LA code)
        expect:
          ssda903_episodes: [1]         # positions (1-based) of the flagged rows

Values are written as a real export would have them and go through the same coercion as a
file, so an impossible date in a case behaves exactly as it would in a return.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from cscmonitor.formats.handmade import Rows, handmade_tables
from cscmonitor.model import ROW
from cscmonitor.rules.engine import Validation
from cscmonitor.rules.rule import Rule
from cscmonitor.rules.submission import Submission, issues_frame


@dataclass(frozen=True)
class Case:
    rule: Rule
    name: str
    year: int
    tables: dict[str, Rows]
    expect: dict[str, list[int]]
    last_year: dict[str, Rows] | None = None
    la_code: str | None = None

    @property
    def passes(self) -> bool:
        return not any(self.expect.values())


def case_file(rule: Rule) -> Path:
    if rule.source is None:
        raise ValueError(f"rule {rule.code} has no source file")
    return Path(str(rule.source)).with_suffix(".yml")


def load_cases(rule: Rule) -> list[Case]:
    document = yaml.safe_load(case_file(rule).read_text(encoding="utf-8")) or {}
    return [
        Case(rule=rule, name=str(entry["name"]), year=int(entry.get("year", rule.year)),
             tables=entry.get("tables") or {}, expect=entry.get("expect") or {},
             last_year=entry.get("last_year"),
             la_code=None if entry.get("la_code") is None else str(entry["la_code"]))
        for entry in document.get("cases", [])
    ]


def submission_for(case: Case) -> Submission:
    file = case_file(case.rule).name
    tables, issues = handmade_tables(case.tables, case.year, file)
    last = handmade_tables(case.last_year, case.year - 1, file)[0] if case.last_year is not None \
        else None
    return Submission(case.rule.return_name, case.year, tables, issues_frame(issues), last,
                      case.la_code)


def flagged(validation: Validation) -> dict[str, list[int]]:
    """Flagged row positions by table, in the shape of a case's ``expect``."""
    found: dict[str, list[int]] = {}
    for table_name, row in validation.findings.select("table_name", ROW).iter_rows():
        found.setdefault(table_name, []).append(row)
    return {table: sorted(rows) for table, rows in found.items()}
