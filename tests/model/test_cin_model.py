"""The CIN model agrees with DfE's XSDs: code lists, mandatory fields, keys linking records."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from cscmonitor.model import ColumnType, registry
from cscmonitor.model.returns.cin import RETURN

XS = "{http://www.w3.org/2001/XMLSchema}"
XSD_YEARS = (2024, 2025, 2026)
CODE_LISTS = {
    "ethnicitytype": "ethnicity", "disabilitytype": "disability",
    "referralsourcetype": "referral_source", "categoryofabusetype": "category_of_abuse",
    "primaryneedcodetype": "primary_need", "reasonforclosuretype": "reason_for_closure",
    "assessmentfactorstype": "assessment_factor", "unknownupntype": "upn_unknown",
    "gendertype": "sex", "sextype": "sex",
}
PARENT = {
    "cin_disability": "cin_child", "cin_episode": "cin_child",
    "cin_assessment": "cin_episode", "cin_assessment_factor": "cin_assessment",
    "cin_plan": "cin_episode", "cin_section47": "cin_episode", "cin_cpp": "cin_episode",
    "cin_cpp_review": "cin_cpp", "cin_preproceedings": "cin_episode",
}


def _xsd(reference: Path, year: int) -> etree._Element:
    return etree.parse(str(reference / "schemas" / f"CIN_schema_{year}.xsd")).getroot()


def _enumerations(schema: etree._Element) -> dict[str, set[str]]:
    return {t.get("name", ""): {e.get("value", "") for e in t.iter(f"{XS}enumeration")}
            for t in schema.iter(f"{XS}simpleType") if t.get("name") in CODE_LISTS}


def _mandatory_leaves(schema: etree._Element) -> set[str]:
    """Names of value elements (no child elements) that must occur at least once."""
    complex_types = {t.get("name") for t in schema.iter(f"{XS}complexType") if t.get("name")}
    found = set()
    for element in schema.iter(f"{XS}element"):
        nested = element.find(f"{XS}complexType") is not None
        if nested or element.get("type") in complex_types:
            continue
        if element.get("minOccurs", "1") != "0":
            found.add(element.get("name", ""))
    return found


def test_the_return_and_its_years() -> None:
    assert registry().return_spec("cin") is RETURN
    assert RETURN.years == (2024, 2025, 2026, 2027)
    assert {t.name for t in RETURN.tables} == {"cin_header", "cin_child", *PARENT}


@pytest.mark.parametrize("table", sorted(PARENT))
def test_nested_tables_carry_their_parents_keys(table: str) -> None:
    child, parent = RETURN.table(table), RETURN.table(PARENT[table])
    assert child.key[: len(parent.key)] == parent.key
    assert len(child.key) == len(parent.key) + 1, "one ordinal or value beyond the parent's"
    assert child.child_id == "LAchildID"
    own = child.column(child.key[-1])
    assert own.type is ColumnType.INTEGER or own.mandatory


def test_child_identifier_is_mandatory_only_where_it_is_read() -> None:
    assert RETURN.table("cin_child").column("LAchildID").mandatory
    for table in PARENT:
        assert not RETURN.table(table).column("LAchildID").mandatory


@pytest.mark.parametrize("year", XSD_YEARS)
def test_code_lists_are_the_xsd_enumerations(reference: Path, year: int) -> None:
    for type_name, codes in _enumerations(_xsd(reference, year)).items():
        codelist = registry().codelist(f"cin.{CODE_LISTS[type_name]}")
        assert set(codelist.codes_in_year(year)) == codes, (year, type_name)


def test_sex_codes_change_in_2024_25() -> None:
    sex = registry().codelist("cin.sex")
    assert sex.codes_in_year(2024) == ["1", "2", "0", "9"]
    assert sex.codes_in_year(2025) == sex.codes_in_year(2027) == ["M", "F", "U"]


@pytest.mark.parametrize("year", XSD_YEARS)
def test_mandatory_columns_are_the_xsds_required_values(reference: Path, year: int) -> None:
    required = {"Sex" if n == "GenderCurrent" else n
                for n in _mandatory_leaves(_xsd(reference, year))}
    mandatory = {c.name for t in RETURN.tables for c in t.columns_in_year(year) if c.mandatory}
    assert mandatory == required


def test_pre_proceedings_only_from_2026_27() -> None:
    table = RETURN.table("cin_preproceedings")
    assert not table.in_year(2026) and table.in_year(2027)
    assert all(c.valid_from == 2027 for c in table.columns if c.name not in (
        "LAchildID", "CINdetailsID"))
    assert registry().codelist("cin.pp_outcome").codes_in_year(2027) == ["A", "B", "C"]
