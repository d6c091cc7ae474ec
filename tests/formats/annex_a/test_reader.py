"""Reading Annex A workbooks: the sample, real-export variations and located problems."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import fastexcel
import pytest

from cscmonitor.formats import FormatError, ReadOptions, detect, read
from cscmonitor.formats.annex_a import reader
from cscmonitor.formats.issues import Issue
from cscmonitor.formats.limits import MIB, ReadLimits
from cscmonitor.formats.result import ReadResult

Book = Callable[[dict[str, list[list[Any]]]], Path]
SAMPLE = "samples/annex_a/Annex_A_2024_Jan_sample.xlsx"
LIST_1 = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact",
          "Contact Source"]
OPTIONS = ReadOptions(year=2024, limits=ReadLimits())


def _read(path: Path, options: ReadOptions = OPTIONS) -> ReadResult:
    return reader.read([path], options)


def _issues(result: ReadResult, code: str) -> list[Issue]:
    return [i for i in result.issues if i.code == code]


def test_sample_reads_every_list_with_its_rows(reference: Path) -> None:
    # Row counts taken from the sheets' XML (rows minus the header row), not from the reader.
    result = read([reference / SAMPLE], ReadOptions(limits=ReadLimits()))[0]
    assert result.format == "annex-a-xlsx"
    assert result.row_counts == {
        "annex_a_list_1": 5, "annex_a_list_2": 5, "annex_a_list_3": 6, "annex_a_list_4": 5,
        "annex_a_list_5": 5, "annex_a_list_6": 5, "annex_a_list_7": 7, "annex_a_list_8": 5,
        "annex_a_list_9": 6, "annex_a_list_10": 5, "annex_a_list_11": 5}


def test_sample_year_comes_from_its_latest_date(reference: Path) -> None:
    # The sample has no title; its latest date is a CIN closure on 15/03/2021 (List 6).
    result = read([reference / SAMPLE], ReadOptions(limits=ReadLimits()))[0]
    assert result.reference_date == date(2021, 3, 15)
    assert result.collection_year == 2021


def test_sample_values_become_canonical_codes(reference: Path) -> None:
    tables = _read(reference / SAMPLE).tables
    contact = tables["annex_a_list_1"].row(0, named=True)
    assert contact == {"child_unique_id": "9212044", "gender": "Female", "ethnicity": "WBRI",
                       "date_of_birth": date(2015, 1, 25), "age_of_child_years": 6.138261465,
                       "date_of_contact": date(2020, 9, 16), "contact_source": "6", "_row": 2}
    care = tables["annex_a_list_8"].filter(tables["annex_a_list_8"]["_row"] == 6)
    assert care.select("legal_status", "placement_type", "placement_provider",
                       "reason_ceased_to_be_looked_after", "category_of_need").row(0) == (
        "C1", "H5", "PR4", "E47", "N1")
    leaver = tables["annex_a_list_9"].row(0, named=True)
    assert (leaver["eligibility_category"], leaver["la_in_touch"],
            leaver["type_of_accommodation"], leaver["suitability_of_accommodation"],
            leaver["activity_status"]) == ("Former relevant child", "YES", "Y", "Suitable", "F1")


def test_sample_problems_are_located_by_sheet_and_row(reference: Path) -> None:
    result = _read(reference / SAMPLE)
    need = [i for i in _issues(result, "unknown-code") if i.field == "primary_need_code"]
    assert [(i.sheet, i.line, i.value) for i in need] == [
        ("List 6", 2, "PSRMEM - Support with memory and cognition")]
    blank_ethnicity = [i for i in _issues(result, "missing-mandatory")
                       if i.field == "ethnicity"]
    assert [(i.sheet, i.line) for i in blank_ethnicity] == [("List 8", 4)]


def test_header_variants_and_header_below_a_title(book: Book) -> None:
    path = book({"Contacts": [
        ["Annex A: contacts, data as at 31 January 2024"],
        [],
        ["Child ID", "Sex", "ETHNICITY", " DOB ", "Age of child (years)", "Contact date",
         "Source of contact"],
        ["A1", "M", "wbri", date(2015, 1, 2), 9, date(2023, 12, 1), "q) 6: Police"],
    ]})
    result = _read(path, ReadOptions(limits=ReadLimits()))
    assert result.collection_year == 2024
    assert result.reference_date == date(2024, 1, 31)
    assert result.tables["annex_a_list_1"].row(0, named=True) == {
        "child_unique_id": "A1", "gender": "Male", "ethnicity": "WBRI",
        "date_of_birth": date(2015, 1, 2), "age_of_child_years": 9.0,
        "date_of_contact": date(2023, 12, 1), "contact_source": "6", "_row": 4}
    assert result.issues == []


def test_dates_as_serials_iso_text_day_first_text_and_date_time_cells(book: Book) -> None:
    path = book({"List 1": [LIST_1,
                            ["A", "Male", "WBRI", 45000, None, "2023-02-01", "6"],
                            ["B", "Male", "WBRI", "02/01/2023", None,
                             datetime(2023, 2, 1, 14, 30), "6"]]})
    frame = _read(path).tables["annex_a_list_1"]
    assert frame["date_of_birth"].to_list() == [date(2023, 3, 15), date(2023, 1, 2)]
    assert frame["date_of_contact"].to_list() == [date(2023, 2, 1), date(2023, 2, 1)]


def test_unknown_code_and_impossible_date_are_located(book: Book) -> None:
    path = book({"List 1": [LIST_1,
                            ["A", "Male", "WBRI", None, None, "2023-02-01", "6"],
                            ["B", "Male", "XXXX", "31/02/2023", None, "2023-02-01", "6"]]})
    result = _read(path)
    found = {(i.code, i.sheet, i.line, i.field, i.value) for i in result.issues}
    assert found == {("unknown-code", "List 1", 3, "ethnicity", "XXXX"),
                     ("impossible-date", "List 1", 3, "date_of_birth", "31/02/2023")}
    assert result.tables["annex_a_list_1"]["date_of_birth"].to_list() == [None, None]


def test_blank_trailing_rows_and_columns_are_ignored(book: Book) -> None:
    path = book({"List 1": [[*LIST_1, None, "  "],
                            ["A", "Male", "WBRI", None, None, "2023-02-01", "6"],
                            [None, "  ", None], [], ["", "", "", "", "", "", "", "", ""]]})
    result = _read(path)
    assert result.row_counts["annex_a_list_1"] == 1
    assert result.issues == []


def test_a_sheet_named_otherwise_is_recognised_by_its_header(book: Book) -> None:
    path = book({"Sheet1": [LIST_1, ["A", "Male", "WBRI", None, None, "2023-02-01", "6"]]})
    assert _read(path).row_counts["annex_a_list_1"] == 1


def test_unrecognised_sheets_and_unknown_columns_are_warnings(book: Book) -> None:
    path = book({"Cover": [["Local authority", "Sometown"]],
                 "List 1": [[*LIST_1, "Notes"],
                            ["A", "Male", "WBRI", None, None, "2023-02-01", "6", "x"]]})
    result = _read(path)
    assert {(i.code, i.sheet, i.line, i.field) for i in result.issues} == {
        ("unrecognised-part", "Cover", None, None),
        ("unknown-column", "List 1", 1, "Notes")}


def test_a_missing_identifying_column_is_fatal(book: Book) -> None:
    path = book({"List 1": [LIST_1[:5], ["A", "Male", "WBRI", None, None]]})
    with pytest.raises(FormatError) as caught:
        _read(path)
    issue = caught.value.issues[0]
    assert (issue.code, issue.sheet, issue.line, issue.field) == (
        "missing-column", "List 1", 1, "date_of_contact")


def test_a_missing_mandatory_column_is_reported_once(book: Book) -> None:
    header = [h for h in LIST_1 if h != "Ethnicity"]
    path = book({"List 1": [header, ["A", "Male", None, None, "2023-02-01", "6"],
                            ["B", "Male", None, None, "2023-02-02", "6"]]})
    result = _read(path)
    assert [(i.code, i.line, i.field) for i in result.issues] == [
        ("missing-mandatory", 1, "ethnicity")]


def test_the_given_year_wins_over_the_title_with_a_warning(book: Book) -> None:
    path = book({"List 1": [["As at 31/01/2024"], LIST_1,
                            ["A", "Male", "WBRI", None, None, "2023-02-01", "6"]]})
    result = _read(path, ReadOptions(year=2025, limits=ReadLimits()))
    assert result.collection_year == 2025
    assert [(i.code, i.value) for i in result.issues] == [("year-mismatch", "2024-01-31")]


def test_future_dates_do_not_decide_the_year(book: Book) -> None:
    path = book({"List 1": [LIST_1, ["A", "Male", "WBRI", None, None, "2023-02-01", "6"],
                            ["B", "Male", "WBRI", None, None, "2999-01-01", "6"]]})
    assert _read(path, ReadOptions(limits=ReadLimits())).collection_year == 2023


def test_a_year_outside_those_read_is_refused(book: Book) -> None:
    path = book({"List 1": [LIST_1, ["A", "Male", "WBRI", None, None, "2010-02-01", "6"]]})
    with pytest.raises(FormatError, match="unsupported-year"):
        _read(path, ReadOptions(limits=ReadLimits()))


def test_no_list_at_all_is_the_wrong_format(book: Book) -> None:
    path = book({"Budget": [["Cost centre", "Amount"], ["A", 1]]})
    with pytest.raises(FormatError, match="wrong-format"):
        _read(path)


def test_lists_without_rows_are_empty(book: Book) -> None:
    path = book({"List 1": [LIST_1]})
    with pytest.raises(FormatError, match="empty"):
        _read(path)


def test_a_second_sheet_for_one_list_is_reported_not_merged(book: Book) -> None:
    row = ["A", "Male", "WBRI", None, None, "2023-02-01", "6"]
    path = book({"List 1": [LIST_1, row], "List 1 (2)": [LIST_1, row, row]})
    result = _read(path)
    assert result.row_counts["annex_a_list_1"] == 1
    assert [(i.code, i.sheet) for i in result.issues] == [("unrecognised-part", "List 1 (2)")]


def test_decompression_bomb_is_refused_before_the_workbook_is_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = tmp_path / "annex_a.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="List 1"/></sheets>'
                         "</workbook>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * MIB))
    opened: list[object] = []
    monkeypatch.setattr(fastexcel, "read_excel", lambda *a, **k: opened.append(a))
    assert detect(bomb).name == "annex-a-xlsx"
    with pytest.raises(FormatError) as caught:
        read([bomb], ReadOptions(limits=ReadLimits()))
    assert caught.value.issues[0].code == "compression-bomb"
    assert opened == []


def test_a_text_file_named_xlsx_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "annex_a.xlsx"
    fake.write_text("Child Unique ID,Gender\nA,Male\n")
    with pytest.raises(FormatError, match="wrong-format"):
        read([fake], OPTIONS)
    with pytest.raises(FormatError, match="malformed"):
        _read(fake)
