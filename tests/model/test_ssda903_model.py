"""The SSDA903 model agrees, year by year, with the reference transcription of DfE's spec.

The expected fields and code validity are derived here from ``SSDA903_schema_2017.yml`` and its
yearly diffs, independently of the model, so a typo in either the model or the code list YAML
shows up as a difference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from cscmonitor.model import ColumnType, Table, registry
from cscmonitor.model.returns.ssda903 import FIRST_YEAR, RETURN

SCHEMA_TABLES = {
    "header": "ssda903_header", "episodes": "ssda903_episodes", "uasc": "ssda903_uasc",
    "reviews": "ssda903_reviews", "oc2": "ssda903_oc2", "oc3": "ssda903_oc3",
    "ad1": "ssda903_ad1", "placed_adoption": "ssda903_placed_for_adoption",
    "prev_perm": "ssda903_previous_permanence", "missing": "ssda903_missing",
    "social_worker": "ssda903_social_worker",
}
TYPES = {"string": ColumnType.STRING, "date": ColumnType.DATE, "category": ColumnType.CODE,
         "numeric": ColumnType.INTEGER}
DIFF_YEARS = (2019, 2022, 2024, 2025, 2026)


def _spec_for(reference: Path, year: int) -> dict[str, Any]:
    """The transcription's column map as it stands in ``year``: base plus diffs up to it."""
    folder = reference / "schemas"
    columns = yaml.safe_load((folder / "SSDA903_schema_2017.yml").read_text())["column_map"]
    for diff_year in DIFF_YEARS:
        if diff_year > year:
            break
        diff = yaml.safe_load((folder / f"SSDA903_schema_{diff_year}.diff.yml").read_text())
        for path, change in diff.items():
            parts = path.split(".")[1:]
            target = columns
            for part in parts[:-1]:
                target = target[part]
            target[parts[-1]] = change["value"]
    return columns  # type: ignore[no-any-return]


def _kind(field: dict[str, Any]) -> ColumnType:
    return next(TYPES[k] for k in field if k in TYPES)


@pytest.mark.parametrize("year", range(FIRST_YEAR, max(RETURN.years) + 1))
def test_fields_and_code_validity_follow_the_spec_year_by_year(reference: Path,
                                                               year: int) -> None:
    spec = _spec_for(reference, min(year, DIFF_YEARS[-1]))
    tables = {t.name: t for t in RETURN.tables if t.in_year(year)}
    expected_tables = {SCHEMA_TABLES[name] for name in spec} | (
        {"ssda903_dol"} if year >= 2027 else set())
    assert set(tables) == expected_tables
    for schema_name, fields in spec.items():
        table = tables[SCHEMA_TABLES[schema_name]]
        assert set(table.column_names) == set(fields), table.name
        for name, field in fields.items():
            column = table.column(name)
            assert column.type is _kind(field), f"{table.name}.{name}"
            assert column.mandatory == (field["canbeblank"] is False), f"{table.name}.{name}"
            if column.codelist:
                expected = {str(c["code"]) for c in field["category"]}
                valid = set(registry().codelist(column.codelist).codes_in_year(year))
                assert valid == expected, f"{table.name}.{name} in {year}"


def test_column_order_is_the_order_of_the_real_files(reference: Path) -> None:
    """The transcription's field order is not always the files' (UASC puts SEX before DOB)."""
    samples = reference / "samples" / "ssda903"
    files = {"ssda903_header": "header.csv", "ssda903_episodes": "episodes.csv",
             "ssda903_uasc": "uasc.csv", "ssda903_reviews": "reviews.csv",
             "ssda903_oc2": "oc2.csv", "ssda903_oc3": "oc3.csv", "ssda903_ad1": "ad1.csv",
             "ssda903_placed_for_adoption": "placed_for_adoption.csv",
             "ssda903_previous_permanence": "previous_permanence.csv",
             "ssda903_missing": "missing.csv", "ssda903_social_worker": "sw_episodes.csv"}
    for name, file in files.items():
        header = (samples / file).read_text(encoding="utf-8-sig").splitlines()[0]
        assert RETURN.table(name).column_names == header.split(","), name


def test_codes_removed_or_added_by_a_diff_carry_the_years() -> None:
    place = registry().codelist("ssda903.placement_type")
    assert {c.code: (c.valid_from, c.valid_to) for c in place.codes
            if c.code in ("H5", "P2", "K3", "Z11")} == {
        "H5": (None, 2024), "P2": (None, 2024), "K3": (2025, None), "Z11": (2026, None)}
    sex = registry().codelist("ssda903.sex")
    assert sex.codes_in_year(2024) == ["1", "2"]
    assert sex.codes_in_year(2025) == ["M", "F", "U"]


def test_tables_keys_and_child_ids() -> None:
    keys = {t.name: t.key for t in RETURN.tables}
    assert keys["ssda903_episodes"] == ("CHILD", "DECOM")
    assert keys["ssda903_reviews"] == ("CHILD", "REVIEW")
    assert all(t.child_id == "CHILD" for t in RETURN.tables)
    assert RETURN.years == (2024, 2025, 2026, 2027)


def test_deprivation_of_liberty_table_uses_the_rule_catalogue_fields(reference: Path) -> None:
    catalogue = (reference / "rule-catalogues" / "ssda903_2026_27_rule_catalogue.csv")
    fields = {f for line in catalogue.read_text(encoding="utf-8").splitlines()
              if ",DoLo" in line for f in line.split(",")[-3].split(";")}
    dol = RETURN.table("ssda903_dol")
    assert {"DOLO_START", "DOLO_END"} <= fields
    assert {f for f in fields if f.startswith("DOLO")} <= set(dol.column_names)
    assert dol.valid_from == 2027


@pytest.mark.parametrize(("codelist", "code", "words"), [
    ("reason_new_episode", "S", "Started to be looked after"),
    ("reason_new_episode", "U", "same carer"),
    ("legal_status", "C2", "Full care order"),
    ("placement_type", "U4", "long term fostering"),
    ("placement_type", "K2", "Children's homes"),
    ("reason_episode_ceased", "E4A", "Returned home"),
    ("reason_place_change", "CREQB", "child's behaviour"),
    ("activity", "G6", "pregnancy or parenting"),
    ("accommodation", "U2", "not suitable"),
])
def test_main_code_lists_carry_dfe_labels(codelist: str, code: str, words: str) -> None:
    assert words in registry().codelist(f"ssda903.{codelist}").label(code)


def test_every_table_is_a_real_table() -> None:
    for table in RETURN.tables:
        assert isinstance(table, Table) and table.description
