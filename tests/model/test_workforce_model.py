"""The workforce census tables and code lists against DfE's 2022 XML schema."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from cscmonitor.model import Table, registry
from cscmonitor.model.returns.workforce import (
    HEADER,
    RETURN,
    VACANCY,
    WORKER,
    census_date,
    census_year,
)

XS = "{http://www.w3.org/2001/XMLSchema}"
CODE_LISTS = {
    "agencyworkertype": "agency_worker", "gendertype": "gender", "ethnicitytype": "ethnicity",
    "qualtype": "qualification_level", "yesnotype": "yes_no", "roletype": "role",
    "origintype": "start_origin", "leavertype": "leaver_destination",
    "reasontype": "reason_leave", "absencetype": "absence_reason", "cfksstype": "cfkss_status",
}


@pytest.fixture(scope="module")
def xsd(reference: Path) -> etree._Element:
    return etree.parse(str(reference / "schemas/social_work_workforce_2022.xsd")).getroot()


def _sequence(xsd: etree._Element, type_name: str) -> list[tuple[str, bool]]:
    """(element name, minOccurs >= 1) of a complex type's sequence."""
    kind = xsd.find(f"{XS}complexType[@name='{type_name}']")
    assert kind is not None
    return [(e.get("name", ""), e.get("minOccurs", "1") != "0")
            for e in kind.iter(f"{XS}element")]


@pytest.mark.parametrize(("table", "type_name"), [
    (VACANCY, "vacancytype"), (WORKER, "workertype")])
def test_columns_are_the_schema_elements_in_order_with_their_minimums(
        xsd: etree._Element, table: Table, type_name: str) -> None:
    assert [(c.name, c.mandatory) for c in table.columns] == _sequence(xsd, type_name)


def test_header_holds_collection_details_and_source(xsd: etree._Element) -> None:
    details = [n for n, _ in _sequence(xsd, "collectiondetailstype")]
    source = [n for n, _ in _sequence(xsd, "sourcetype")]
    assert HEADER.column_names == details + source


@pytest.mark.parametrize(("type_name", "codelist"), sorted(CODE_LISTS.items()))
def test_code_lists_are_the_schema_enumerations(xsd: etree._Element, type_name: str,
                                                codelist: str) -> None:
    kind = xsd.find(f"{XS}simpleType[@name='{type_name}']")
    assert kind is not None
    enumerated = [e.get("value") for e in kind.iter(f"{XS}enumeration")]
    assert [c.code for c in registry().codelist(f"workforce.{codelist}").codes] == enumerated


def test_census_dates_and_collection_years() -> None:
    assert census_date(2025) == date(2024, 9, 30)
    assert census_year(2025) == 2024
    assert RETURN.years == (2023, 2024, 2025, 2026, 2027)
    assert WORKER.key == ("SWENo",) and WORKER.child_id is None
