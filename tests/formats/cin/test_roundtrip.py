"""Whatever the writer writes, the reader gives back unchanged, for every year."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats.cin import read, write
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.model import registry, year_end
from tests.formats.cin.synthetic import synthetic_tables
from tests.strategies import assert_same_tables, canonical_frames, frame, rows

YEARS = (2024, 2025, 2026, 2027)
UPN = st.from_regex(r"[A-Z]\d{11}[0-9A-Z]", fullmatch=True)
Records = dict[str, list[dict[str, Any]]]


def _nested(draw: st.DrawFn, records: Records, table: str, year: int, parent: dict[str, Any],
            most: int, ordinal: str | None = None, unique: str | None = None,
            least: int = 0) -> list[dict[str, Any]]:
    """Records of ``table`` under one parent: its keys copied, ordinals numbered from 1."""
    spec = registry().table(table)
    if not spec.in_year(year):
        return []
    keys = {k: st.just(v) for k, v in parent.items() if k in spec.key and k != ordinal}
    drawn = draw(st.lists(rows(spec, year, keys), min_size=least, max_size=most,
                          unique_by=(lambda r: r[unique]) if unique else None))
    for position, record in enumerate(drawn, start=1):
        if ordinal is not None:
            record[ordinal] = position
    records[table] += drawn
    return drawn


@st.composite
def returns(draw: st.DrawFn, year: int) -> dict[str, pl.DataFrame]:
    """A consistent return: every nested record belongs to a record drawn before it."""
    header = draw(canonical_frames(registry().table("cin_header"), year, 1, 1, overrides={
        "Year": st.just(year), "ReferenceDate": st.just(year_end(year)),
        "LEA": st.from_regex(r"\d{3}", fullmatch=True),
        "SerialNo": st.none() | st.from_regex(r"\d{3,6}", fullmatch=True)}))
    children = draw(canonical_frames(registry().table("cin_child"), year, 1, 3, overrides={
        "UPN": st.none() | UPN, "FormerUPN": st.none() | UPN}))
    records: Records = {t.name: [] for t in registry().return_spec("cin").tables}
    for child in children.select("LAchildID").to_dicts():
        _nested(draw, records, "cin_disability", year, child, 3, unique="Disability")
        for episode in _nested(draw, records, "cin_episode", year, child, 2, "CINdetailsID",
                               least=1):
            for assessment in _nested(draw, records, "cin_assessment", year, episode, 2,
                                      "AssessmentID"):
                _nested(draw, records, "cin_assessment_factor", year, assessment, 3,
                        unique="AssessmentFactors")
            _nested(draw, records, "cin_plan", year, episode, 2, "CINPlanID")
            _nested(draw, records, "cin_section47", year, episode, 2, "Section47ID")
            for plan in _nested(draw, records, "cin_cpp", year, episode, 2, "CPPID"):
                _nested(draw, records, "cin_cpp_review", year, plan, 2, unique="CPPreviewDate")
            _nested(draw, records, "cin_preproceedings", year, episode, 2, "PreProceedingsID")
    tables = {name: frame(registry().table(name), found) for name, found in records.items()}
    return tables | {"cin_header": header, "cin_child": children}


def _round_trip(tables: dict[str, pl.DataFrame], year: int, folder: Path) -> None:
    [path] = write(tables, folder, year)
    result = read([path], ReadOptions(year=year))
    assert result.issues == []
    assert result.collection_year == year
    assert_same_tables(tables, result.tables)


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_written_returns_read_back_unchanged(year: int, data: st.DataObject) -> None:
    tables = data.draw(returns(year))
    with tempfile.TemporaryDirectory() as folder:
        _round_trip(tables, year, Path(folder))


def test_a_hand_made_return_reads_back_unchanged(tmp_path: Path) -> None:
    def table(name: str, *records: dict[str, Any]) -> pl.DataFrame:
        return frame(registry().table(name), list(records))

    child, first = {"LAchildID": "HM-1"}, {"LAchildID": "HM-1", "CINdetailsID": 1}
    tables = {
        "cin_header": table("cin_header", {
            "Collection": "CIN", "Year": 2027, "ReferenceDate": date(2027, 3, 31),
            "SourceLevel": "L", "LEA": "333", "SoftwareCode": "Case system & co <test>",
            "Release": "2.1", "SerialNo": "0042", "DateTime": datetime(2027, 4, 2, 8, 15, 0)}),
        "cin_child": table("cin_child", child | {
            "UPN": "A12345678901B", "UPNunknown": None, "PersonBirthDate": date(2014, 2, 28),
            "Sex": "U", "Ethnicity": "MWAS"}),
        "cin_disability": table("cin_disability", child | {"Disability": "AUT"},
                                child | {"Disability": "COMM"}),
        "cin_episode": table("cin_episode", first | {
            "CINreferralDate": date(2026, 4, 1), "ReferralSource": "5D",
            "PrimaryNeedCode": "N1", "ReferralNFA": False},
            child | {"CINdetailsID": 2, "CINreferralDate": date(2026, 5, 1),
                     "ReferralSource": "10", "CINclosureDate": date(2026, 5, 2),
                     "ReasonForClosure": "RC8", "ReferralNFA": True}),
        "cin_assessment": table("cin_assessment", first | {
            "AssessmentID": 1, "AssessmentActualStartDate": date(2026, 4, 2),
            "AssessmentInternalReviewDate": date(2026, 4, 20)}),
        "cin_assessment_factor": table("cin_assessment_factor",
                                       first | {"AssessmentID": 1, "AssessmentFactors": "24A"}),
        "cin_plan": table("cin_plan", first | {"CINPlanID": 1,
                                               "CINPlanStartDate": date(2026, 6, 1)}),
        "cin_section47": table("cin_section47", first | {
            "Section47ID": 1, "S47ActualStartDate": date(2026, 4, 3),
            "ICPCnotRequired": True}),
        "cin_cpp": table("cin_cpp", first | {
            "CPPID": 1, "CPPstartDate": date(2026, 4, 30), "InitialCategoryOfAbuse": "NEG",
            "LatestCategoryOfAbuse": "MUL", "NumberOfPreviousCPP": 0}),
        "cin_cpp_review": table("cin_cpp_review",
                                first | {"CPPID": 1, "CPPreviewDate": date(2026, 7, 30)},
                                first | {"CPPID": 1, "CPPreviewDate": date(2026, 10, 30)}),
        "cin_preproceedings": table("cin_preproceedings", first | {
            "PreProceedingsID": 1, "PPStartDate": date(2026, 9, 9), "FGDMMeetingOffer": True,
            "FGDMMeetingFac": False, "ReviewMeetingsCount": 0, "PPOutcome": "B"}),
    }
    _round_trip(tables, 2027, tmp_path)
    text = (tmp_path / "cin_census_2027.xml").read_text(encoding="utf-8")
    assert "<SoftwareCode>Case system &amp; co &lt;test&gt;</SoftwareCode>" in text
    assert "<DateTime>2027-04-02T08:15:00</DateTime>" in text


@pytest.mark.parametrize("year", YEARS)
def test_synthetic_returns_read_back_unchanged(tmp_path: Path, year: int) -> None:
    _round_trip(synthetic_tables(year, 300, seed=year), year, tmp_path)
