"""The reader on hand-made returns: tolerance, located problems, structure checks, years."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cscmonitor.formats.issues import FormatError, Issue
from cscmonitor.formats.result import ReadResult
from tests.formats.cin.documents import CHILD, FOOTER, HEADER, document, read_text


def line(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th ``needle`` in ``text``, counted independently."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text[:at].count("\n") + 1


def only(result: ReadResult, code: str) -> Issue:
    [issue] = [i for i in result.issues if i.code == code]
    return issue


def test_a_clean_return_has_no_issues(tmp_path: Path) -> None:
    result = read_text(tmp_path, document())
    assert result.issues == []
    assert (result.collection_year, result.reference_date, result.la_code) == (
        2025, date(2025, 3, 31), "333")
    child = result.tables["cin_child"].row(0, named=True)
    assert (child["LAchildID"], child["Sex"], child["_row"]) == ("A1", "F", 14)


# Tolerance ---------------------------------------------------------------------------------

def test_lower_case_codes_are_read_as_the_code(tmp_path: Path) -> None:
    result = read_text(tmp_path, document(sex="f", ethnicity="wbri", source="1a"))
    assert result.issues == []
    assert result.tables["cin_child"].select("Sex", "Ethnicity").row(0) == ("F", "WBRI")
    assert result.tables["cin_episode"]["ReferralSource"].to_list() == ["1A"]


def test_windows_1252_bytes_declared_as_utf8(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + document(child=CHILD.format(
        child="Zoë-1", sex="F", ethnicity="WBRI", referral="2024-06-03", source="1A"))
    result = read_text(tmp_path, text.encode("cp1252"))
    assert result.issues == []
    assert result.tables["cin_child"]["LAchildID"].to_list() == ["Zoë-1"]


def test_byte_order_mark_keeps_lines(tmp_path: Path) -> None:
    text = document(ethnicity="NOPE")
    result = read_text(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert only(result, "unknown-code").line == line(text, "<Ethnicity>")


def test_whitespace_around_values(tmp_path: Path) -> None:
    text = document(child=CHILD.format(child="  A1 ", sex=" F\n", ethnicity="\tWBRI ",
                                       referral="\n  2024-06-03\n  ", source=" 1A"))
    result = read_text(tmp_path, text.replace("<LEA>333</LEA>", "<LEA> 333 </LEA>"))
    assert result.issues == []
    assert result.tables["cin_child"].select("LAchildID", "Sex", "Ethnicity").row(0) == (
        "A1", "F", "WBRI")
    assert result.tables["cin_episode"]["CINreferralDate"].to_list() == [date(2024, 6, 3)]
    assert result.la_code == "333"


def test_namespaced_documents_are_read(tmp_path: Path) -> None:
    text = document().replace("<Message>", '<Message xmlns="urn:example">', 1)
    result = read_text(tmp_path, text)
    assert result.issues == []
    assert result.row_counts["cin_episode"] == 1


def test_namespaced_problems_are_reported_as_plain_ones(tmp_path: Path) -> None:
    """Namespaced tags are resolved once and remembered: later ones must read the same."""
    one = CHILD.replace("<Sex>{sex}</Sex>", "<Sex>{sex}</Sex><Nickname>Jo</Nickname>").replace(
        "<ReferralNFA>0</ReferralNFA>", "<ReferralNFA>0</ReferralNFA>"
        "<ReferralSource>2B</ReferralSource>")
    children = "".join(one.format(child=f"A{n}", sex="F", ethnicity="WBRI",
                                  referral="2024-06-03", source="1A") for n in range(3))
    text = document(child=children)
    plain = read_text(tmp_path, text, name="plain.xml")
    spaced = read_text(tmp_path, text.replace("<Message>", '<Message xmlns="urn:example">', 1),
                       name="plain.xml")
    assert [(i.code, i.field) for i in plain.issues] == [
        ("unexpected-element", "Nickname"), ("too-many", "ReferralSource"),
        ("unexpected-element", "ReferralSource")] * 3
    assert spaced.issues == plain.issues
    for name, frame in plain.tables.items():
        assert spaced.tables[name].equals(frame), name


def test_uk_dates(tmp_path: Path) -> None:
    result = read_text(tmp_path, document(referral="03/06/2024"))
    assert result.issues == []
    assert result.tables["cin_episode"]["CINreferralDate"].to_list() == [date(2024, 6, 3)]


# Located problems --------------------------------------------------------------------------

def test_unknown_code_is_located(tmp_path: Path) -> None:
    text = document(ethnicity="WXYZ")
    issue = only(read_text(tmp_path, text, name="la.xml"), "unknown-code")
    assert (issue.file, issue.line, issue.table, issue.field, issue.value) == (
        "la.xml", line(text, "<Ethnicity>"), "cin_child", "Ethnicity", "WXYZ")
    assert "2024/25" in issue.expected


def test_impossible_date_is_located_and_stored_empty(tmp_path: Path) -> None:
    text = document(referral="2023-02-30")
    result = read_text(tmp_path, text, name="la.xml")
    issue = only(result, "impossible-date")
    assert (issue.file, issue.line, issue.table, issue.field, issue.value) == (
        "la.xml", line(text, "<CINreferralDate>"), "cin_episode", "CINreferralDate",
        "2023-02-30")
    assert result.tables["cin_episode"]["CINreferralDate"].to_list() == [None]


def test_missing_mandatory_value_element_is_located(tmp_path: Path) -> None:
    text = document().replace("        <ReferralSource>1A</ReferralSource>\n", "")
    issue = only(read_text(tmp_path, text, name="la.xml"), "missing-mandatory")
    assert (issue.file, issue.line, issue.table, issue.field, issue.value) == (
        "la.xml", line(text, "<CINdetails>"), "cin_episode", "ReferralSource", None)


def test_missing_structural_element_is_located(tmp_path: Path) -> None:
    text = document().replace(
        "      <ChildCharacteristics>\n        <Ethnicity>WBRI</Ethnicity>\n"
        "      </ChildCharacteristics>\n", "")
    result = read_text(tmp_path, text)
    found = {(i.code, i.field, i.line) for i in result.issues}
    assert found == {("missing-mandatory", "ChildCharacteristics", line(text, "<Child>")),
                     ("missing-mandatory", "Ethnicity", line(text, "<Child>"))}


def test_child_without_cin_details(tmp_path: Path) -> None:
    text = HEADER.format(year=2025) + "    <Child><ChildIdentifiers><LAchildID>A1</LAchildID>" \
        "<Sex>M</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>" \
        "</ChildCharacteristics></Child>\n" + FOOTER
    issue = only(read_text(tmp_path, text), "missing-mandatory")
    assert (issue.field, issue.line, issue.table) == ("CINdetails", line(text, "<Child>"),
                                                      "cin_child")


# Structure as the XSD has it ---------------------------------------------------------------

def test_unknown_element_is_reported_and_ignored(tmp_path: Path) -> None:
    text = document().replace("<Sex>F</Sex>", "<Sex>F</Sex>\n        <Nickname>Jo</Nickname>")
    issue = only(read_text(tmp_path, text), "unexpected-element")
    assert (issue.line, issue.field, issue.value) == (line(text, "<Nickname>"), "Nickname", "Jo")


def test_misplaced_element_is_reported_and_kept(tmp_path: Path) -> None:
    swapped = CHILD.replace("        <LAchildID>{child}</LAchildID>\n", "").replace(
        "</PersonBirthDate>\n", "</PersonBirthDate>\n        <LAchildID>{child}</LAchildID>\n")
    text = document(child=swapped.format(child="A1", sex="F", ethnicity="WBRI",
                                         referral="2024-06-03", source="1A"))
    result = read_text(tmp_path, text)
    issue = only(result, "unexpected-element")
    assert (issue.line, issue.field) == (line(text, "<LAchildID>"), "LAchildID")
    assert "before PersonBirthDate" in issue.expected
    assert result.tables["cin_child"].select("LAchildID", "PersonBirthDate").row(0) == (
        "A1", date(2015, 6, 1))


def test_repeated_value_keeps_the_first(tmp_path: Path) -> None:
    text = document().replace("<Ethnicity>WBRI</Ethnicity>",
                              "<Ethnicity>WBRI</Ethnicity><Ethnicity>AIND</Ethnicity>")
    result = read_text(tmp_path, text)
    issue = only(result, "too-many")
    assert (issue.field, issue.value, issue.line) == ("Ethnicity", "AIND",
                                                      line(text, "<Ethnicity>"))
    assert result.tables["cin_child"]["Ethnicity"].to_list() == ["WBRI"]


def test_repeated_group_is_reported_and_ignored(tmp_path: Path) -> None:
    extra = "      <ChildIdentifiers><LAchildID>B2</LAchildID></ChildIdentifiers>\n"
    text = document().replace("      <ChildCharacteristics>",
                              extra + "      <ChildCharacteristics>")
    result = read_text(tmp_path, text)
    assert [(i.code, i.field, i.line) for i in result.issues] == [
        ("too-many", "ChildIdentifiers", line(text, "<ChildIdentifiers>", 2))]
    assert result.tables["cin_child"]["LAchildID"].to_list() == ["A1"]


def test_patterns(tmp_path: Path) -> None:
    text = document().replace("</LAchildID>", "</LAchildID><UPN>A12</UPN>") \
        .replace("<LEA>333</LEA>", "<LEA>33</LEA>")
    result = read_text(tmp_path, text)
    found = {(i.code, i.field, i.value, i.line) for i in result.issues}
    assert found == {("invalid-pattern", "UPN", "A12", line(text, "<UPN>")),
                     ("invalid-pattern", "LEA", "33", line(text, "<LEA>"))}
    assert result.tables["cin_child"]["UPN"].to_list() == ["A12"]


def test_stray_text_is_located(tmp_path: Path) -> None:
    text = document().replace("<ReferralNFA>0</ReferralNFA>",
                              "<ReferralNFA>0</ReferralNFA>\n\n        oops")
    issue = only(read_text(tmp_path, text), "unexpected-element")
    assert (issue.line, issue.field, issue.value, issue.table) == (
        line(text, "oops"), "CINdetails", "oops", "cin_episode")


def test_gender_current_after_2023_24_is_kept_and_flagged(tmp_path: Path) -> None:
    text = document(year=2025).replace("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>")
    result = read_text(tmp_path, text)
    assert {(i.code, i.field, i.line) for i in result.issues} == {
        ("unexpected-element", "GenderCurrent", line(text, "<GenderCurrent>")),
        ("unknown-code", "Sex", line(text, "<GenderCurrent>"))}
    assert result.tables["cin_child"]["Sex"].to_list() == ["2"]


def test_nested_records_get_ordinals_and_parent_keys(tmp_path: Path) -> None:
    episode = ("      <CINdetails><CINreferralDate>2024-0{m}-01</CINreferralDate>"
               "<ReferralSource>2A</ReferralSource>"
               "<Assessments><AssessmentActualStartDate>2024-0{m}-02</AssessmentActualStartDate>"
               "<FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors>"
               "<AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment>"
               "</Assessments><Assessments>"
               "<AssessmentActualStartDate>2024-0{m}-09</AssessmentActualStartDate>"
               "</Assessments><ReferralNFA>1</ReferralNFA></CINdetails>\n")
    child = ("    <Child><ChildIdentifiers><LAchildID>K9</LAchildID><Sex>U</Sex>"
             "</ChildIdentifiers><ChildCharacteristics><Ethnicity>OOTH</Ethnicity>"
             "</ChildCharacteristics>\n" + episode.format(m=4) + episode.format(m=7)
             + "    </Child>\n")
    result = read_text(tmp_path, document(child=child))
    assert result.issues == []
    assert result.tables["cin_episode"].select("LAchildID", "CINdetailsID", "ReferralNFA").rows(
        ) == [("K9", 1, True), ("K9", 2, True)]
    assert result.tables["cin_assessment"].select(
        "CINdetailsID", "AssessmentID", "AssessmentActualStartDate").rows() == [
        (1, 1, date(2024, 4, 2)), (1, 2, date(2024, 4, 9)),
        (2, 1, date(2024, 7, 2)), (2, 2, date(2024, 7, 9))]
    assert result.tables["cin_assessment_factor"].select(
        "LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors").rows() == [
        ("K9", 1, 1, "1A"), ("K9", 1, 1, "21"), ("K9", 2, 1, "1A"), ("K9", 2, 1, "21")]


# Collection year ---------------------------------------------------------------------------

def test_given_year_wins_with_a_warning(tmp_path: Path) -> None:
    text = document(year=2025)
    result = read_text(tmp_path, text, year=2026)
    assert result.collection_year == 2026
    issue = only(result, "year-mismatch")
    assert (issue.line, issue.value) == (line(text, "<ReferenceDate>"), "2025")


def test_no_stated_year_needs_the_users(tmp_path: Path) -> None:
    text = "<Message>\n  <Children>\n" + CHILD.format(
        child="A1", sex="F", ethnicity="WBRI", referral="2024-06-03", source="1A") + FOOTER
    with pytest.raises(FormatError) as caught:
        read_text(tmp_path, text)
    assert caught.value.issues[0].code == "unknown-year"
    result = read_text(tmp_path, text, year=2025)
    assert (result.collection_year, result.issues, result.row_counts["cin_header"]) == (
        2025, [], 0)


def test_year_element_when_reference_date_is_absent(tmp_path: Path) -> None:
    text = document(year=2026).replace("      <ReferenceDate>2026-03-31</ReferenceDate>\n", "")
    result = read_text(tmp_path, text)
    assert (result.collection_year, result.issues) == (2026, [])


def test_future_years_are_read_with_a_warning(tmp_path: Path) -> None:
    result = read_text(tmp_path, document(year=2029))
    assert result.collection_year == 2029
    assert only(result, "year-mismatch").value == "2029"
    assert result.row_counts["cin_child"] == 1


def test_not_a_cin_message(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as caught:
        read_text(tmp_path, "<Return><Children/></Return>")
    assert (caught.value.issues[0].code, caught.value.issues[0].value) == ("wrong-format",
                                                                           "Return")
