"""Reading SSDA903 CSV sets: the reference sample, real-export tolerance and located problems."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from cscmonitor.formats import FormatError, ReadOptions, detect, read
from cscmonitor.formats.ssda903 import csv_reader
from cscmonitor.model import ROW
from cscmonitor.model.returns.ssda903 import RETURN

# Data lines (non-blank lines after the header row) of each reference sample file, counted
# independently of the reader: ad1.csv has 30 lines, episodes.csv 5051, and so on.
SAMPLE_ROWS = {
    "ssda903_ad1": 29, "ssda903_episodes": 5050, "ssda903_header": 2675,
    "ssda903_missing": 43, "ssda903_oc2": 2675, "ssda903_oc3": 53,
    "ssda903_placed_for_adoption": 29, "ssda903_previous_permanence": 2675,
    "ssda903_reviews": 12582, "ssda903_social_worker": 1, "ssda903_uasc": 132,
    "ssda903_dol": 0,
}

EPISODES_HEADER = b"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE," \
                  b"HOME_POST,PL_POST,URN"


@pytest.fixture(scope="module")
def samples(reference: Path) -> Path:
    return reference / "samples" / "ssda903"


def _set(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def _read_one(path: Path, year: int | None = 2025) -> tuple[pl.DataFrame, list[str]]:
    result = csv_reader.read([path], ReadOptions(year=year))
    [table] = [name for name, frame in result.tables.items() if frame.height]
    return result.tables[table], [str(i) for i in result.issues]


def test_the_reference_sample_reads_as_one_return(samples: Path) -> None:
    [result] = read([samples])
    assert result.format == "ssda903-csv"
    assert result.collection_year == 2018
    assert result.reference_date == date(2018, 3, 31)
    assert result.row_counts == SAMPLE_ROWS
    for table in RETURN.tables:
        assert result.tables[table.name].schema == table.polars_schema()
    assert sorted(p.name for p in result.files) == sorted(p.name for p in samples.iterdir())


def test_the_sample_social_worker_table_is_kept_but_out_of_year(samples: Path) -> None:
    [result] = read([samples])
    flagged = [i for i in result.issues if i.table == "ssda903_social_worker"]
    assert {(i.code, i.file) for i in flagged} == {("year-mismatch", "sw_episodes.csv"),
                                                   ("unknown-code", "sw_episodes.csv")}


def test_tables_are_recognised_by_their_columns_not_their_file_names(samples: Path,
                                                                     tmp_path: Path) -> None:
    names = sorted(p.name for p in samples.iterdir())
    for old, new in zip(names, [*names[1:], names[0]], strict=True):
        shutil.copy(samples / old, tmp_path / f"renamed_{new}")
    [result] = read([tmp_path])
    assert result.row_counts == SAMPLE_ROWS


@pytest.mark.parametrize("name", ["header.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
                                  "placed_for_adoption.csv", "previous_permanence.csv",
                                  "reviews.csv", "missing.csv", "sw_episodes.csv"])
def test_every_sample_file_alone_is_its_table(samples: Path, name: str) -> None:
    assert detect(samples / name).name == "ssda903-csv"
    result = csv_reader.read([samples / name], ReadOptions(year=2025))
    [(table, rows)] = [(n, c) for n, c in result.row_counts.items() if c]
    assert rows == SAMPLE_ROWS[table]


def test_real_export_quirks_are_read(tmp_path: Path) -> None:
    data = (b"\xef\xbb\xbf Child ,decom, RNE ,ls,Cin,place,Place_Provider,DEC,rec,"
            b"reason_place_change,home_post,pl_post,URN,,\r\n"
            b"CH\xe91,01/04/2024,s,c2,n1,u1,pr1,43556,e4a,,AB1 2CD,,SC123456,,\r\n"
            b"A2,2024-06-30,P,V2,N2,K2,PR4,,,CARPL,,,XXXXXXX,,\r\n"
            b",,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,,\r\n")
    frame, issues = _read_one(_set(tmp_path, {"whatever.txt": data}) / "whatever.txt")
    assert issues == []
    assert frame.select("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", ROW).rows() == [
        ("CHé1", date(2024, 4, 1), "S", "C2", "U1", date(2019, 4, 1), "E4A", 2),
        ("A2", date(2024, 6, 30), "P", "V2", "K2", None, None, 3),
    ]


def test_value_problems_are_located_warnings(tmp_path: Path) -> None:
    data = (EPISODES_HEADER + b"\n"
            + b"1,01/05/2024,S,C2,N1,XX9,PR1,,,,,,\n"
            + b"2,31/02/2024,S,C2,N1,U1,PR1,,,,,,\n"
            + b"3,01/05/2024,,C2,N1,U1,PR1,,,,,,\n")
    result = csv_reader.read([_set(tmp_path, {"e.csv": data}) / "e.csv"], ReadOptions(2025))
    found = {(i.code, i.file, i.line, i.table, i.field, i.value) for i in result.issues}
    assert found == {
        ("unknown-code", "e.csv", 2, "ssda903_episodes", "PLACE", "XX9"),
        ("impossible-date", "e.csv", 3, "ssda903_episodes", "DECOM", "31/02/2024"),
        ("missing-mandatory", "e.csv", 4, "ssda903_episodes", "RNE", None),
    }
    assert result.tables["ssda903_episodes"]["PLACE"].to_list() == ["XX9", "U1", "U1"]
    assert result.tables["ssda903_episodes"]["DECOM"][1] is None


def test_codes_are_checked_against_the_year(tmp_path: Path) -> None:
    data = b"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,UN1,,\n"
    path = _set(tmp_path, {"h.csv": data}) / "h.csv"
    assert csv_reader.read([path], ReadOptions(year=2024)).issues == []
    [issue] = csv_reader.read([path], ReadOptions(year=2025)).issues
    assert (issue.code, issue.field, issue.value) == ("unknown-code", "SEX", "1")


@pytest.mark.parametrize(("data", "looks_like_903"), [
    (b"name,age\nAlice,7\n", False),
    (b"CHILD,DOB\n1,01/01/2010\n", False),
    (b"CHILD,SEX,DOB,ETHNIC,DECOM,RNE\n1,M,01/01/2010,WBRI,01/01/2024,S\n", True),
])
def test_a_file_that_is_not_one_903_table_is_refused(tmp_path: Path, data: bytes,
                                                     looks_like_903: bool) -> None:
    """A header mixing two tables' columns is claimed, so the reader can say what is wrong."""
    path = _set(tmp_path, {"x.csv": data}) / "x.csv"
    assert csv_reader.sniff(path, data) is looks_like_903
    with pytest.raises(FormatError) as error:
        csv_reader.read([path], ReadOptions(year=2025))
    [issue] = error.value.issues
    assert (issue.code, issue.file, issue.line) == ("wrong-format", "x.csv", 1)


def test_two_files_of_the_same_table_are_refused(samples: Path, tmp_path: Path) -> None:
    shutil.copy(samples / "uasc.csv", tmp_path / "a.csv")
    shutil.copy(samples / "uasc.csv", tmp_path / "b.csv")
    with pytest.raises(FormatError, match="one file per table"):
        read([tmp_path])


def test_a_missing_required_column_is_fatal(tmp_path: Path) -> None:
    data = b"CHILD,DECOM,LS,CIN,PLACE\n1,01/05/2024,C2,N1,U1\n"
    with pytest.raises(FormatError) as error:
        csv_reader.read([_set(tmp_path, {"e.csv": data}) / "e.csv"], ReadOptions(2025))
    [issue] = error.value.issues
    assert (issue.code, issue.field) == ("missing-column", "RNE")


def _episodes(*rows: bytes) -> bytes:
    return EPISODES_HEADER + b"\n" + b"".join(r + b"\n" for r in rows)


def test_the_year_comes_from_the_latest_episode_start(tmp_path: Path) -> None:
    folder = _set(tmp_path, {
        "e.csv": _episodes(b"1,01/05/2023,S,C2,N1,U1,PR1,02/04/2024,E13,,,,",
                           b"2,31/03/2024,S,C2,N1,U1,PR1,,,,,,"),
        "r.csv": b"CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/01/2030,PN1\n",
    })
    [result] = read([folder])
    assert result.collection_year == 2024
    assert not [i for i in result.issues if i.code == "year-mismatch"]


def test_a_given_year_is_used_and_later_dates_are_reported(tmp_path: Path) -> None:
    folder = _set(tmp_path, {
        "e.csv": _episodes(b"1,01/05/2023,S,C2,N1,U1,PR1,02/04/2024,E13,,,,"),
        "r.csv": b"CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/01/2030,PN1\n",
    })
    [result] = read([folder], ReadOptions(year=2024))
    assert result.collection_year == 2024
    late = {(i.file, i.line, i.field, i.value) for i in result.issues
            if i.code == "year-mismatch"}
    assert late == {("e.csv", 2, "DEC", "02/04/2024"), ("r.csv", 2, "REVIEW", "01/01/2030")}


def test_a_given_year_after_the_data_is_reported_once(tmp_path: Path) -> None:
    folder = _set(tmp_path, {"e.csv": _episodes(b"1,01/05/2023,S,C2,N1,U1,PR1,,,,,,")})
    [result] = read([folder], ReadOptions(year=2026))
    [issue] = [i for i in result.issues if i.code == "year-mismatch"]
    assert (issue.line, issue.field, issue.value) == (2, "DECOM", "01/05/2023")
    assert "2023/24" in issue.expected


def test_without_episodes_the_year_must_be_given(samples: Path) -> None:
    with pytest.raises(FormatError) as error:
        read([samples / "header.csv"])
    assert error.value.issues[0].code == "unknown-year"
    [result] = read([samples / "header.csv"], ReadOptions(year=2019))
    assert result.row_counts["ssda903_header"] == SAMPLE_ROWS["ssda903_header"]


def test_years_without_a_known_specification_are_refused(tmp_path: Path) -> None:
    folder = _set(tmp_path, {"e.csv": _episodes(b"1,01/05/2015,S,C2,N1,U1,PR1,,,,,,")})
    with pytest.raises(FormatError) as error:
        read([folder])
    assert (error.value.issues[0].code, error.value.issues[0].value) == (
        "unsupported-year", "2015/16")


def test_other_formats_are_not_claimed(reference: Path) -> None:
    for path in (reference / "samples" / "cin").iterdir():
        assert not csv_reader.sniff(path, path.read_bytes()[:65_536])
