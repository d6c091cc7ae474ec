"""The written census XML is valid against DfE's 2022 schema and reads back unchanged."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats import ReadOptions
from cscmonitor.formats.limits import ReadLimits
from cscmonitor.formats.workforce import xml_reader, xml_writer
from cscmonitor.model import ROW, Table
from cscmonitor.model.returns.workforce import HEADER, VACANCY, WORKER
from tests.strategies import assert_same_tables, canonical_frames

YEAR = 2025


@pytest.fixture(scope="module")
def schema(reference: Path) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(reference / "schemas/social_work_workforce_2022.xsd"))


def _frame(table: Table, records: list[dict[str, Any]]) -> pl.DataFrame:
    data = {c.name: [r.get(c.name) for r in records] for c in table.columns}
    data[ROW] = list(range(1, len(records) + 1))
    return pl.DataFrame(data, schema=table.polars_schema())


HAND_MADE = {
    HEADER.name: _frame(HEADER, [{"Collection": "CSWW", "Year": 2024,
                                  "ReferenceDate": date(2024, 9, 30), "SourceLevel": "L",
                                  "LEA": "333", "SoftwareCode": "cscmonitor",
                                  "DateTime": datetime(2024, 10, 2, 9, 30)}]),
    VACANCY.name: _frame(VACANCY, [{"NumberOfVacancies": 12.5, "NoAgencyFTE": 8.25,
                                    "NoAgencyHeadcount": 9}]),
    WORKER.name: _frame(WORKER, [
        {"AgencyWorker": "0", "SWENo": "SW1234567890", "FTE": 0.8, "PersonBirthDate":
         date(1985, 6, 1), "GenderCurrent": "2", "Ethnicity": "WBRI",
         "QualInst": "University of Somewhere", "QualLevel": "2", "StepUpGrad": "0",
         "OrgRole": "5", "RoleStartDate": date(2019, 9, 2), "StartOrigin": "1",
         "FTE30": 0.8, "Cases30": 17, "WorkingDaysLost": 3.5, "FrontlineGrad": "0",
         "Absat30Sept": "0", "CFKSSstatus": "2"},
        {"AgencyWorker": "1", "SWENo": "AB0000000001", "FTE": 1.0,
         "QualInst": "Another University", "OrgRole": "5", "RoleStartDate": date(2024, 1, 8),
         "RoleEndDate": date(2024, 7, 31), "LeaverDestination": "3", "ReasonLeave": "1",
         "ContractWeeks": 29.5, "WorkingDaysLost": 0.0},
    ]),
}


def test_hand_made_return_is_valid_and_reads_back(tmp_path: Path,
                                                  schema: xmlschema.XMLSchema) -> None:
    (path,) = xml_writer.write(HAND_MADE, tmp_path, YEAR)
    assert path.name == "social_work_workforce_2024.xml"
    schema.validate(str(path))
    result = xml_reader.read([path], ReadOptions(limits=ReadLimits()))
    assert (result.collection_year, result.la_code, result.issues) == (YEAR, "333", [])
    assert_same_tables(HAND_MADE, result.tables)


def test_without_a_header_the_file_still_states_its_census(tmp_path: Path,
                                                          schema: xmlschema.XMLSchema) -> None:
    tables = {VACANCY.name: HAND_MADE[VACANCY.name], WORKER.name: HAND_MADE[WORKER.name]}
    (path,) = xml_writer.write(tables, tmp_path, YEAR)
    schema.validate(str(path))
    result = xml_reader.read([path], ReadOptions(limits=ReadLimits()))
    assert (result.collection_year, result.reference_date) == (YEAR, date(2024, 9, 30))


def test_decimals_are_written_plainly_and_never_rounded() -> None:
    assert [xml_writer.text(v) for v in (1e-05, 0.521371, 2.0, 12.345678901)] == [
        "0.00001", "0.521371", "2.0", "12.345678901"]


VALID = {
    "SWENo": st.from_regex(r"[A-Za-z]{2}[0-9]{10}", fullmatch=True),
    "FTE": st.integers(0, 10**6).map(lambda n: n / 10**6),
    "FTE30": st.integers(0, 10**6).map(lambda n: n / 10**6),
    "ContractWeeks": st.integers(0, 5000).map(lambda n: n / 10),
    "Year": st.integers(2000, 2100),
    "LEA": st.from_regex(r"[0-9]{3}", fullmatch=True),
}
"""Values inside the schema's facets, where they are narrower than the canonical types."""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_valid_return_is_schema_valid_and_reads_back(data: st.DataObject,
                                                         schema: xmlschema.XMLSchema) -> None:
    written = {
        HEADER.name: data.draw(canonical_frames(HEADER, YEAR, 1, 1, VALID), label="header"),
        VACANCY.name: data.draw(canonical_frames(VACANCY, YEAR, 1, 1), label="vacancy"),
        WORKER.name: data.draw(canonical_frames(WORKER, YEAR, 1, 8, VALID), label="workers"),
    }
    with tempfile.TemporaryDirectory() as folder:
        (path,) = xml_writer.write(written, Path(folder), YEAR)
        schema.validate(str(path))
        result = xml_reader.read([path], ReadOptions(year=YEAR, limits=ReadLimits()))
    assert_same_tables(written, result.tables)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_canonical_tables_read_back_unchanged(data: st.DataObject) -> None:
    written = {
        HEADER.name: data.draw(canonical_frames(HEADER, YEAR, 1, 1), label="header"),
        VACANCY.name: data.draw(canonical_frames(VACANCY, YEAR, 0, 1), label="vacancy"),
        WORKER.name: data.draw(canonical_frames(WORKER, YEAR, 0, 8), label="workers"),
    }
    with tempfile.TemporaryDirectory() as folder:
        (path,) = xml_writer.write(written, Path(folder), YEAR)
        result = xml_reader.read([path], ReadOptions(year=YEAR, limits=ReadLimits()))
    assert_same_tables(written, result.tables)
