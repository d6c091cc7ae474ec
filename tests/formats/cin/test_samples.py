"""Every public CIN sample is read whole, and its known defects come back as located issues."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cscmonitor.formats.cin import read
from cscmonitor.formats.issues import Issue
from cscmonitor.formats.registry import ReadOptions, detect
from cscmonitor.formats.result import ReadResult
from cscmonitor.model import registry

SAMPLES = ("cin_2022_small_sample.xml", "cin_2026_small_sample.xml",
           "cin_fake_larger_sample.xml")

# The element whose every occurrence is one row of the table.
ROW_ELEMENT = {
    "cin_header": "Header",
    "cin_child": "Child",
    "cin_disability": "Disability",
    "cin_episode": "CINdetails",
    "cin_assessment": "Assessments",
    "cin_assessment_factor": "AssessmentFactors",
    "cin_plan": "CINPlanDates",
    "cin_section47": "Section47",
    "cin_cpp": "ChildProtectionPlans",
    "cin_cpp_review": "CPPreviewDate",
    "cin_preproceedings": "PreProceedingsandFGDM",
}

# Counted by hand in the files.
EXPECTED_ROWS = {
    "cin_2022_small_sample.xml": dict(zip(ROW_ELEMENT, (1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 0),
                                          strict=True)),
    "cin_2026_small_sample.xml": dict(zip(ROW_ELEMENT, (1, 2, 3, 2, 2, 3, 1, 1, 1, 1, 1),
                                          strict=True)),
    "cin_fake_larger_sample.xml": dict(zip(ROW_ELEMENT, (1, 332, 117, 402, 0, 0, 0, 0, 0, 0, 0),
                                           strict=True)),
}


def _read(reference: Path, name: str) -> ReadResult:
    return read([reference / "samples" / "cin" / name], ReadOptions())


def _found(result: ReadResult, code: str, **where: object) -> list[Issue]:
    return [i for i in result.issues
            if i.code == code and all(getattr(i, k) == v for k, v in where.items())]


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_is_recognised_and_read_whole(reference: Path, name: str) -> None:
    path = reference / "samples" / "cin" / name
    assert detect(path).name == "cin-xml"
    result = _read(reference, name)
    text = path.read_text(encoding="utf-8")
    counted = {table: text.count(f"<{element}>") for table, element in ROW_ELEMENT.items()}
    assert result.row_counts == counted == EXPECTED_ROWS[name]
    for table, frame in result.tables.items():
        assert frame.schema == registry().table(table).polars_schema()
        assert frame["_row"].null_count() == 0


def test_2022_sample_is_read_with_the_2023_24_layout(reference: Path) -> None:
    result = _read(reference, "cin_2022_small_sample.xml")
    assert (result.collection_year, result.reference_date, result.la_code) == (
        2022, date(2022, 3, 31), "201")
    assert [(i.code, i.line) for i in result.issues] == [("year-mismatch", 6)]
    child = result.tables["cin_child"].row(0, named=True)
    assert (child["LAchildID"], child["Sex"], child["UPNunknown"]) == ("DfEX0000001", "1", "UN3")
    episode = result.tables["cin_episode"].row(0, named=True)
    assert episode["ReferralNFA"] is False and episode["CINdetailsID"] == 1
    assert result.tables["cin_cpp"]["NumberOfPreviousCPP"].to_list() == [10]
    assert result.tables["cin_assessment_factor"]["AssessmentFactors"].to_list() == ["2A", "2B"]


def test_2026_sample_defects_are_located(reference: Path) -> None:
    result = _read(reference, "cin_2026_small_sample.xml")
    file = "cin_2026_small_sample.xml"
    # ReferenceDate 2024-03-31 makes it a 2023/24 return, whatever its name and Year say.
    assert result.collection_year == 2024
    assert _found(result, "year-mismatch", line=5, field="Year", value="2023")
    # Stray text after </UPNunknown>.
    [stray] = _found(result, "unexpected-element", line=23)
    assert (stray.file, stray.field, stray.value) == (file, "ChildIdentifiers",
                                                      "PersonBirthDate")
    # <Sex> is the 2024/25 element; in 2023/24 it is GenderCurrent. Values are kept.
    assert {i.line for i in _found(result, "unexpected-element", field="Sex")} == {25, 90}
    assert result.tables["cin_child"]["Sex"].to_list() == ["1", "M"]
    [sex] = _found(result, "unknown-code", field="Sex")
    assert (sex.line, sex.value, sex.table) == (90, "M", "cin_child")
    [factor] = _found(result, "unknown-code", field="AssessmentFactors")
    assert (factor.line, factor.value) == (46, "RB")
    # The pre-proceedings block belongs to 2026/27 only; it is read and flagged.
    assert _found(result, "unexpected-element", line=71, field="PreProceedingsandFGDM")
    assert result.tables["cin_preproceedings"]["PPOutcome"].to_list() == ["A"]
    # <FactorsIdentifiedAtAssessment/> with no factor in it.
    assert _found(result, "missing-mandatory", line=107, field="AssessmentFactors")
    assert len(result.issues) == 8


def test_2026_sample_read_as_2026_27(reference: Path) -> None:
    path = reference / "samples" / "cin" / "cin_2026_small_sample.xml"
    result = read([path], ReadOptions(year=2027))
    assert result.collection_year == 2027
    assert _found(result, "year-mismatch", field="ReferenceDate", value="2024")
    # Sex 1 is a GenderCurrent code, not valid for Sex from 2024/25.
    [sex] = _found(result, "unknown-code", field="Sex")
    assert (sex.line, sex.value) == (25, "1")
    assert not _found(result, "unexpected-element", field="PreProceedingsandFGDM")
    pp = result.tables["cin_preproceedings"].row(0, named=True)
    assert (pp["LAchildID"], pp["CINdetailsID"], pp["PreProceedingsID"]) == ("DfEX0000001", 1, 1)
    assert (pp["FGDMMeetingOffer"], pp["ReviewMeetingsCount"], pp["LetterInitCPDate"]) == (
        True, 3, date(2027, 2, 5))


def test_larger_sample(reference: Path) -> None:
    result = _read(reference, "cin_fake_larger_sample.xml")
    # ReferenceDate 2022-07-21 is not a census date; the Year element (2022) decides.
    assert result.collection_year == 2022
    assert _found(result, "year-mismatch", field="ReferenceDate", value="2022-07-21", line=6)
    assert not [i for i in result.issues if i.code != "year-mismatch"]
    episodes = result.tables["cin_episode"]
    assert episodes.filter(episodes["LAchildID"] == "RND000824303014")["CINdetailsID"].to_list(
        ) == [1, 2]
    assert sorted(result.tables["cin_child"]["Sex"].value_counts().rows()) == [
        ("0", 96), ("1", 82), ("2", 74), ("9", 80)]
