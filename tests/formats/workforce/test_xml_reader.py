"""Reading the workforce census XML: the sample, the year, and located problems."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from cscmonitor.formats import FormatError, ReadOptions, detect, read
from cscmonitor.formats.issues import Issue
from cscmonitor.formats.limits import ReadLimits
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.workforce import xml_reader

SAMPLE = "samples/workforce/social_work_workforce_2022_sample.xml"
NO_YEAR = ReadOptions(limits=ReadLimits())

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails>
      <Collection>CSWW</Collection>
      <Year>2024</Year>
      <ReferenceDate>2024-09-30</ReferenceDate>
    </CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>333</LEA></Source>
  </Header>
  <LALevelVacancies>
    <NumberOfVacancies>12.50</NumberOfVacancies>
    <NoAgencyFTE>8.00</NoAgencyFTE>
    <NoAgencyHeadcount>9</NoAgencyHeadcount>
  </LALevelVacancies>
"""
WORKER = """  <CSWWWorker>
    <AgencyWorker>0</AgencyWorker>
    <SWENo>SW1234567890</SWENo>
    <FTE>0.8</FTE>
    <QualInst>University of Somewhere</QualInst>
    <OrgRole>5</OrgRole>
    <Cases30>17</Cases30>
  </CSWWWorker>
"""


def _xml(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "csww.xml"
    path.write_text(header + body + "</Message>\n", encoding="utf-8")
    return path


def _read(path: Path, options: ReadOptions = NO_YEAR) -> ReadResult:
    return xml_reader.read([path], options)


def _where(issues: list[Issue]) -> list[tuple[str, int | None, str | None, str | None]]:
    return [(i.code, i.line, i.field, i.value) for i in issues]


def test_sample_tables_rows_year_and_authority(reference: Path) -> None:
    # 30 CSWWWorker elements, one header and one LALevelVacancies, counted with grep.
    result = read([reference / SAMPLE], NO_YEAR)[0]
    assert result.format == "workforce-xml"
    assert result.row_counts == {"workforce_header": 1, "workforce_vacancy": 1,
                                 "workforce_worker": 30}
    assert (result.collection_year, result.reference_date, result.la_code) == (
        2023, date(2022, 9, 30), "301")
    header = result.tables["workforce_header"].row(0, named=True)
    assert header["DateTime"] == datetime(2023, 3, 28, 14, 54, 55)
    vacancy = result.tables["workforce_vacancy"].row(0, named=True)
    assert vacancy == {"NumberOfVacancies": 79.68, "NoAgencyFTE": 59.82,
                       "NoAgencyHeadcount": 71, "_row": 15}
    first = result.tables["workforce_worker"].row(0, named=True)
    assert (first["SWENo"], first["FTE"], first["ReasonAbsence"], first["_row"]) == (
        "Oz2054309383", 0.521371, "TRN", 20)


def test_sample_workers_without_a_qualifying_institution_are_located(reference: Path) -> None:
    result = _read(reference / SAMPLE)
    assert {i.code for i in result.issues} == {"missing-mandatory"}
    missing = [i for i in result.issues if i.field == "QualInst"]
    assert len(missing) == 12
    assert missing[0].line == 79  # the fourth CSWWWorker, which starts on line 79


def test_a_clean_file(tmp_path: Path) -> None:
    result = _read(_xml(tmp_path, WORKER))
    assert result.issues == []
    assert result.collection_year == 2025
    worker = result.tables["workforce_worker"].row(0, named=True)
    assert (worker["FTE"], worker["Cases30"], worker["OrgRole"], worker["_row"]) == (
        0.8, 17, "5", 16)


def test_unknown_code_impossible_date_and_bad_pattern_are_located(tmp_path: Path) -> None:
    body = WORKER.replace("<OrgRole>5</OrgRole>", "<OrgRole>7</OrgRole>"
                          "<RoleStartDate>2024-02-30</RoleStartDate>").replace(
        "SW1234567890", "SW12")
    result = _read(_xml(tmp_path, body))
    assert sorted(_where(result.issues)) == [
        ("impossible-date", 16, "RoleStartDate", "2024-02-30"),
        ("invalid-pattern", 16, "SWENo", "SW12"),
        ("unknown-code", 16, "OrgRole", "7"),
    ]


def test_structural_problems_are_warnings(tmp_path: Path) -> None:
    body = WORKER.replace("<Cases30>17</Cases30>", "<Cases30>17</Cases30><Pets>2</Pets>"
                          "<QualInst>Second</QualInst><FTE>0.5</FTE>") + "  <Extra/>\n"
    result = _read(_xml(tmp_path, body))
    assert sorted(_where(result.issues)) == [
        ("too-many", 22, "FTE", None),
        ("too-many", 22, "QualInst", None),
        ("unexpected-element", 22, "Pets", None),
        ("unexpected-element", 24, "Extra", None),
    ]
    worker = result.tables["workforce_worker"].row(0, named=True)
    assert (worker["FTE"], worker["QualInst"]) == (0.8, "University of Somewhere")


def test_missing_required_parts_are_reported(tmp_path: Path) -> None:
    header = HEADER.split("  <LALevelVacancies>")[0]
    result = _read(_xml(tmp_path, "", header))
    assert sorted((i.code, i.field) for i in result.issues) == [
        ("missing-mandatory", "CSWWWorker"), ("missing-mandatory", "LALevelVacancies")]
    assert result.row_counts == {"workforce_header": 1, "workforce_vacancy": 0,
                                 "workforce_worker": 0}


def test_the_year_element_is_used_without_a_census_date(tmp_path: Path) -> None:
    header = HEADER.replace("<ReferenceDate>2024-09-30</ReferenceDate>", "")
    assert _read(_xml(tmp_path, WORKER, header)).collection_year == 2025


def test_year_and_census_date_that_disagree(tmp_path: Path) -> None:
    header = HEADER.replace("<Year>2024</Year>", "<Year>2023</Year>")
    result = _read(_xml(tmp_path, WORKER, header))
    assert result.collection_year == 2025
    assert [(i.code, i.field, i.value) for i in result.issues] == [
        ("year-mismatch", "Year", "2023")]


def test_the_given_year_wins_with_a_warning(tmp_path: Path) -> None:
    result = _read(_xml(tmp_path, WORKER), ReadOptions(year=2026, limits=ReadLimits()))
    assert result.collection_year == 2026
    assert [i.code for i in result.issues] == ["year-mismatch"]


@pytest.mark.parametrize(("header", "code"), [
    (HEADER.replace("<Year>2024</Year>", "").replace(
        "<ReferenceDate>2024-09-30</ReferenceDate>", ""), "unknown-year"),
    (HEADER.replace("2024", "2015"), "unsupported-year"),
])
def test_years_that_cannot_be_read(tmp_path: Path, header: str, code: str) -> None:
    with pytest.raises(FormatError) as caught:
        _read(_xml(tmp_path, WORKER, header))
    assert caught.value.issues[0].code == code


def test_other_xml_is_not_claimed_and_is_refused_if_forced(tmp_path: Path,
                                                           reference: Path) -> None:
    cin = reference / "samples/cin/cin_2022_small_sample.xml"
    assert not xml_reader.sniff(cin, cin.read_bytes()[:65_536])
    assert detect(reference / SAMPLE).name == "workforce-xml"
    other = tmp_path / "other.xml"
    other.write_text("<Children><CSWWWorker/></Children>")
    with pytest.raises(FormatError, match="wrong-format"):
        _read(other)
