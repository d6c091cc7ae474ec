"""Writing the template's layout, safely, and reading back exactly what was written."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date
from pathlib import Path

import fastexcel
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats import ReadOptions, detect
from cscmonitor.formats.annex_a import reader, writer
from cscmonitor.formats.limits import ReadLimits
from cscmonitor.model import ROW
from cscmonitor.model.returns.annex_a import LIST_1, LIST_8, LISTS
from tests.strategies import assert_same_tables, canonical_frames

YEAR = 2024


def _frame(table: str, records: list[dict[str, object]]) -> pl.DataFrame:
    spec = next(t for t in LISTS if t.name == table)
    data = {c.name: [r.get(c.name) for r in records] for c in spec.columns}
    data[ROW] = list(range(1, len(records) + 1))
    return pl.DataFrame(data, schema=spec.polars_schema())


CONTACTS = _frame(LIST_1.name, [
    {"child_unique_id": "C001", "gender": "Female", "ethnicity": "WBRI",
     "date_of_birth": date(2016, 5, 4), "age_of_child_years": 7.5,
     "date_of_contact": date(2023, 11, 30), "contact_source": "6"},
    {"child_unique_id": "=HYPERLINK(\"http://x\")", "gender": "Male", "ethnicity": "NOBT",
     "date_of_contact": date(2024, 1, 2), "contact_source": "1A"},
])
IN_CARE = _frame(LIST_8.name, [
    {"child_unique_id": "C001", "gender": "Female", "ethnicity": "WBRI",
     "uasc_last_12_months": "No", "disability": "Unknown",
     "date_started_to_be_looked_after": date(2022, 3, 1), "category_of_need": "N1",
     "second_period_last_12_months": "No", "start_date_of_current_legal_status":
     date(2022, 3, 1), "legal_status": "C2", "number_of_placements_in_last_12_months": 2,
     "start_date_of_most_recent_placement": date(2023, 6, 1), "placement_type": "U4",
     "placement_provider": "PR1", "placement_postcode": "B70 1AA", "placement_location": "In",
     "la_of_placement": "Sandwell", "missing_episodes_last_12_months": 0,
     "absent_episodes_last_12_months": 1, "allocated_team": "-Team A",
     "allocated_worker": "@worker", "permanence_plan": "Long-term fostering"},
])


def _cells(path: Path, sheet: str) -> list[tuple[str | None, ...]]:
    loaded = fastexcel.read_excel(str(path)).load_sheet(sheet, header_row=None, skip_rows=0,
                                                        dtypes="string")
    return list(loaded.to_polars().iter_rows())


def test_one_sheet_per_list_named_and_headed_as_the_template(tmp_path: Path) -> None:
    (path,) = writer.write({LIST_1.name: CONTACTS}, tmp_path, YEAR)
    assert fastexcel.read_excel(str(path)).sheet_names == [f"List {n}" for n in range(1, 12)]
    assert _cells(path, "List 1")[0] == ("Child Unique ID", "Gender", "Ethnicity",
                                         "Date of Birth", "Age of Child (Years)",
                                         "Date of Contact", "Contact Source")
    assert _cells(path, "List 1")[1][1:] == ("b) Female", "a) WBRI", "2016-05-04 00:00:00",
                                             "7.5", "2023-11-30 00:00:00", "q) 6: Police")
    assert detect(path).name == "annex-a-xlsx"


def test_dates_are_real_excel_dates(tmp_path: Path) -> None:
    (path,) = writer.write({LIST_1.name: CONTACTS}, tmp_path, YEAR)
    sheet = fastexcel.read_excel(str(path)).load_sheet("List 1")
    dtypes = {c.name: c.dtype for c in sheet.available_columns()}
    assert dtypes["Date of Contact"] in ("date", "datetime")
    assert dtypes["Child Unique ID"] == "string"


def test_text_that_could_be_a_formula_is_escaped_and_never_a_formula(tmp_path: Path) -> None:
    (path,) = writer.write({LIST_1.name: CONTACTS, LIST_8.name: IN_CARE}, tmp_path, YEAR)
    assert _cells(path, "List 1")[2][0] == "'=HYPERLINK(\"http://x\")"
    care = _cells(path, "List 8")[1]
    assert "'-Team A" in care and "'@worker" in care
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets)


def test_hand_made_lists_read_back_unchanged(tmp_path: Path) -> None:
    written = {LIST_1.name: CONTACTS, LIST_8.name: IN_CARE}
    (path,) = writer.write(written, tmp_path, YEAR)
    result = reader.read([path], ReadOptions(limits=ReadLimits()))
    assert result.collection_year == YEAR
    assert result.reference_date == date(2024, 1, 2)
    assert_same_tables(written, result.tables)
    assert result.issues == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_any_valid_lists_read_back_unchanged(data: st.DataObject) -> None:
    written = {t.name: data.draw(canonical_frames(t, YEAR, min_rows=1 if t is LIST_1 else 0,
                                                  max_rows=3), label=t.name)
               for t in LISTS}
    with tempfile.TemporaryDirectory() as folder:
        (path,) = writer.write(written, Path(folder), YEAR)
        result = reader.read([path], ReadOptions(year=YEAR, limits=ReadLimits()))
    assert_same_tables(written, result.tables)
