"""Realistic data-quality faults, injected into clean returns, with a ground truth.

Real exports go wrong in familiar ways: a code from a list DfE has retired, dates in the wrong
order, episodes of care that overlap, a mandatory field left blank, a child recorded twice, a
placement postcode that does not exist, a UPN with the wrong check letter. At rate R, about R
of the rows of each table that can carry one of these faults gets one. Each fault is recorded
(file, table, child, field, kind, the value before and after) in ``ground_truth.csv``, so
validation can be scored against it.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import polars as pl

from cscmonitor.formats.ssda903.csv_writer import FILE_NAMES
from cscmonitor.model import registry
from cscmonitor.synth.identity import CHECK_LETTERS, NO_SUCH_AREA

GROUND_TRUTH = "ground_truth.csv"
COLUMNS = ("file", "la_code", "year", "table", "child", "field", "kind", "original",
           "injected")


@dataclass
class Fault:
    la_code: str
    year: int
    return_name: str
    table: str
    child: str
    field: str
    kind: str
    original: str
    injected: str
    file: str = ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


Change = Callable[[dict[str, Any], random.Random, int], tuple[str, Any] | None]
"""Spoil one row in place if it can: returns (field, new value), or None."""


def _retired(column: str, list_name: str) -> Change:
    def change(row: dict[str, Any], rng: random.Random, year: int) -> tuple[str, Any] | None:
        retired = [c.code for c in registry().codelist(list_name).codes
                   if c.valid_to is not None and c.valid_to < year]
        if not retired or row.get(column) is None:
            return None
        return column, rng.choice(retired)
    return change


def _swap_dates(start: str, end: str) -> Change:
    def change(row: dict[str, Any], rng: random.Random, year: int) -> tuple[str, Any] | None:
        if row.get(start) is None or row.get(end) is None or row[end] <= row[start]:
            return None
        return end, row[start] - timedelta(days=rng.randint(1, 60))
    return change


def _blank(column: str) -> Change:
    def change(row: dict[str, Any], rng: random.Random, year: int) -> tuple[str, Any] | None:
        return (column, None) if row.get(column) is not None else None
    return change


def _bad_postcode(column: str) -> Change:
    def change(row: dict[str, Any], rng: random.Random, year: int) -> tuple[str, Any] | None:
        if row.get(column) is None:
            return None
        return column, f"{NO_SUCH_AREA}{rng.randint(1, 9)} {rng.randint(1, 9)}AB"
    return change


def _wrong_check_letter(column: str) -> Change:
    def change(row: dict[str, Any], rng: random.Random, year: int) -> tuple[str, Any] | None:
        value = row.get(column)
        if not value or len(value) != 13 or not value[1:].isdigit():
            return None
        letter = rng.choice([c for c in CHECK_LETTERS if c != value[0]])
        return column, letter + value[1:]
    return change


ROW_FAULTS: dict[str, list[tuple[str, Change]]] = {
    "cin_child": [("retired-code", _retired("Sex", "cin.sex")),
                  ("missing-mandatory", _blank("Ethnicity")),
                  ("wrong-upn-check-letter", _wrong_check_letter("UPN"))],
    "cin_episode": [("dates-out-of-order", _swap_dates("CINreferralDate", "CINclosureDate")),
                    ("missing-mandatory", _blank("ReferralSource"))],
    "cin_assessment": [("dates-out-of-order", _swap_dates("AssessmentActualStartDate",
                                                          "AssessmentAuthorisationDate"))],
    "cin_cpp": [("dates-out-of-order", _swap_dates("CPPstartDate", "CPPendDate"))],
    "ssda903_header": [("retired-code", _retired("SEX", "ssda903.sex")),
                       ("missing-mandatory", _blank("ETHNIC")),
                       ("wrong-upn-check-letter", _wrong_check_letter("UPN"))],
    "ssda903_episodes": [("retired-code", _retired("PLACE", "ssda903.placement_type")),
                         ("retired-code", _retired("REC", "ssda903.reason_episode_ceased")),
                         ("dates-out-of-order", _swap_dates("DECOM", "DEC")),
                         ("missing-mandatory", _blank("LS")),
                         ("non-existent-postcode", _bad_postcode("PL_POST"))],
    "ssda903_missing": [("dates-out-of-order", _swap_dates("MIS_START", "MIS_END"))],
    "ssda903_oc3": [("retired-code", _retired("ACTIV", "ssda903.activity"))],
    "workforce_worker": [("missing-mandatory", _blank("QualInst")),
                         ("dates-out-of-order", _swap_dates("RoleStartDate", "RoleEndDate"))],
    "annex_a_list_3": [("missing-mandatory", _blank("referral_source"))],
    "annex_a_list_6": [("dates-out-of-order", _swap_dates("cin_start_date",
                                                          "cin_closure_date"))],
    "annex_a_list_8": [("non-existent-postcode", _bad_postcode("placement_postcode"))],
}
DUPLICATES = {"cin_child": "LAchildID", "ssda903_header": "CHILD", "workforce_worker": "SWENo"}
"""Tables where a record can be sent twice (a duplicate child, or worker)."""


class Spoiler:
    """Spoils the tables of each return at the given rate, remembering every fault."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.rng = rng
        self.rate = rate
        self.faults: list[Fault] = []
        self.pending: list[Fault] = []

    def _count(self, rows: int) -> int:
        return int(self.rate * rows + self.rng.random()) if self.rate > 0 else 0

    def spoil(self, tables: dict[str, pl.DataFrame], return_name: str, la_code: str,
              year: int) -> dict[str, pl.DataFrame]:
        if self.rate <= 0:
            return tables
        spoiled = dict(tables)
        for name in sorted(tables):
            frame = tables[name]
            changes = ROW_FAULTS.get(name, [])
            if changes and frame.height:
                spoiled[name] = self._rows(frame, name, changes, return_name, la_code, year)
            if name in DUPLICATES and frame.height:
                spoiled[name] = self._duplicates(spoiled[name], name, return_name, la_code,
                                                 year)
        if "ssda903_episodes" in spoiled and spoiled["ssda903_episodes"].height:
            spoiled["ssda903_episodes"] = self._overlaps(spoiled["ssda903_episodes"], la_code,
                                                         year)
        return spoiled

    def _record(self, la_code: str, year: int, return_name: str, table: str, child: Any,
                field: str, kind: str, original: Any, injected: Any) -> None:
        self.pending.append(Fault(la_code, year, return_name, table, _text(child), field, kind,
                                  _text(original), _text(injected)))

    def _rows(self, frame: pl.DataFrame, name: str, changes: list[tuple[str, Change]],
              return_name: str, la_code: str, year: int) -> pl.DataFrame:
        records = frame.to_dicts()
        child_column = registry().table(name).child_id
        for index in sorted(self.rng.sample(range(len(records)),
                                            min(self._count(len(records)), len(records)))):
            record = records[index]
            for kind, change in self.rng.sample(changes, len(changes)):
                result = change(record, self.rng, year)
                if result is None:
                    continue
                field, value = result
                self._record(la_code, year, return_name, name,
                             record.get(child_column) if child_column else "", field, kind,
                             record[field], value)
                record[field] = value
                break
        return pl.DataFrame(records, schema=frame.schema)

    def _duplicates(self, frame: pl.DataFrame, name: str, return_name: str, la_code: str,
                    year: int) -> pl.DataFrame:
        count = self._count(frame.height) // 4
        if not count:
            return frame
        key = DUPLICATES[name]
        picks = sorted(self.rng.sample(range(frame.height), min(count, frame.height)))
        for index in picks:
            value = frame[key][index]
            self._record(la_code, year, return_name, name, value, key, "duplicate-record",
                         "", value)
        return pl.concat([frame, frame[picks]])

    def _overlaps(self, episodes: pl.DataFrame, la_code: str, year: int) -> pl.DataFrame:
        """Stretch an episode's end past the start of the child's next episode."""
        records = episodes.to_dicts()
        # A child whose episodes already carry a fault is left alone, so that each fault in
        # the ground truth is still in the file as recorded.
        spoiled = {f.child for f in self.pending if f.table == "ssda903_episodes"
                   and f.year == year and f.la_code == la_code}
        following = {i: i + 1 for i in range(len(records) - 1)
                     if records[i]["CHILD"] == records[i + 1]["CHILD"]
                     and records[i]["DEC"] is not None
                     and _text(records[i]["CHILD"]) not in spoiled}
        candidates = sorted(following)
        for index in sorted(self.rng.sample(candidates,
                                            min(self._count(len(candidates)),
                                                len(candidates)))):
            record, nxt = records[index], records[following[index]]
            stretched = nxt["DECOM"] + timedelta(days=self.rng.randint(3, 40))
            self._record(la_code, year, "ssda903", "ssda903_episodes", record["CHILD"], "DEC",
                         "overlapping-episodes", record["DEC"], stretched)
            record["DEC"] = stretched
        return pl.DataFrame(records, schema=episodes.schema)

    def locate(self, path: Path, out_dir: Path) -> None:
        """Give the faults just injected the file they were written to."""
        relative = path.relative_to(out_dir).as_posix()
        left = []
        for fault in self.pending:
            if fault.return_name != "ssda903" or FILE_NAMES.get(fault.table) == path.name:
                fault.file = relative
                self.faults.append(fault)
            else:
                left.append(fault)
        self.pending = left


def write_ground_truth(out_dir: Path, found: list[Fault]) -> Path:
    path = out_dir / GROUND_TRUTH
    ordered = sorted(found, key=lambda f: (f.file, f.table, f.child, f.field, f.kind,
                                           f.original, f.injected))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for f in ordered:
            writer.writerow((f.file, f.la_code, f.year, f.table, f.child, f.field, f.kind,
                             f.original, f.injected))
    return path
