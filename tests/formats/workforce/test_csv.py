"""The workers CSV: recognised by its columns, read with the year given, written back."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats import FormatError, ReadOptions, detect
from cscmonitor.formats.limits import ReadLimits
from cscmonitor.formats.workforce import csv_format
from cscmonitor.model.returns.workforce import WORKER
from tests.strategies import assert_same_tables, canonical_frames

YEAR = 2025
OPTIONS = ReadOptions(year=YEAR, limits=ReadLimits())
EXPORT = (
    "\ufeffAgency Worker,SWE Number,FTE,Date of Birth,Gender,Ethnicity,Qualification "
    "Institution,Role,Role Start Date,Cases at 30 September,Working Days Lost\r\n"
    "0,SW1234567890,0.8,01/06/1985,2,wbri,Somewhere University,5,02/09/2019,17,3.5\r\n"
    "1,AB12,1,31/02/1990,9,WBRI,Another,9,2024-01-08,,\r\n"
    ",,,,,,,,,,\r\n"
)


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "workers.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_an_export_with_header_variants(tmp_path: Path) -> None:
    path = _csv(tmp_path, EXPORT)
    assert detect(path).name == "workforce-csv"
    result = csv_format.read([path], OPTIONS)
    assert result.row_counts == {"workforce_header": 0, "workforce_vacancy": 0,
                                 "workforce_worker": 2}
    assert (result.collection_year, result.reference_date) == (YEAR, date(2024, 9, 30))
    first = result.tables["workforce_worker"].row(0, named=True)
    assert (first["SWENo"], first["PersonBirthDate"], first["Ethnicity"], first["Cases30"],
            first["_row"]) == ("SW1234567890", date(1985, 6, 1), "WBRI", 17, 2)
    assert sorted((i.code, i.line, i.field, i.value) for i in result.issues) == [
        ("impossible-date", 3, "PersonBirthDate", "31/02/1990"),
        ("invalid-pattern", 3, "SWENo", "AB12"),
        ("unknown-code", 3, "OrgRole", "9"),
    ]


def test_the_year_must_be_given(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="unknown-year"):
        csv_format.read([_csv(tmp_path, EXPORT)], ReadOptions(limits=ReadLimits()))


def test_a_missing_required_column_is_fatal(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="missing-column"):
        csv_format.read([_csv(tmp_path, "SWENo,FTE,OrgRole,QualInst\nSW1234567890,1,5,X\n")],
                        OPTIONS)


def test_other_csvs_are_not_claimed(tmp_path: Path, reference: Path) -> None:
    for other in sorted((reference / "samples/ssda903").glob("*.csv")):
        assert not csv_format.sniff(other, other.read_bytes()[:65_536]), other.name
    xml = reference / "samples/workforce/social_work_workforce_2022_sample.xml"
    assert not csv_format.sniff(xml, xml.read_bytes()[:65_536])
    few = _csv(tmp_path, "SWENo,Name\nSW1234567890,A\n")
    assert not csv_format.sniff(few, few.read_bytes())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_workers_read_back_unchanged(data: st.DataObject) -> None:
    written = {WORKER.name: data.draw(canonical_frames(WORKER, YEAR, 1, 8))}
    with tempfile.TemporaryDirectory() as folder:
        (path,) = csv_format.write(written, Path(folder), YEAR)
        assert detect(path).name == "workforce-csv"
        result = csv_format.read([path], OPTIONS)
    assert_same_tables(written, result.tables)
