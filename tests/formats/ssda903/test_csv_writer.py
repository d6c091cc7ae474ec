"""Writing the SSDA903 CSV set in DfE's layout, and reading back exactly what was written."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats import ReadOptions
from cscmonitor.formats.ssda903 import csv_reader, csv_writer
from cscmonitor.model import ROW
from cscmonitor.model.returns.ssda903 import RETURN
from tests.strategies import assert_same_tables, canonical_frames


def _frame(name: str, rows: list[dict[str, object]]) -> pl.DataFrame:
    table = RETURN.table(name)
    data = {c: [r.get(c) for r in rows] for c in table.column_names}
    data[ROW] = list(range(2, len(rows) + 2))
    return pl.DataFrame(data, schema=table.polars_schema())


EXAMPLE = {
    "ssda903_header": _frame("ssda903_header", [
        {"CHILD": "A1", "SEX": "F", "DOB": date(2010, 2, 3), "ETHNIC": "WBRI",
         "UPN": "A123456789012"},
        {"CHILD": "B2", "SEX": "M", "DOB": date(2012, 12, 25), "ETHNIC": "MWBA",
         "UPN": "UN1", "MOTHER": "0"},
    ]),
    "ssda903_episodes": _frame("ssda903_episodes", [
        {"CHILD": "A1", "DECOM": date(2024, 4, 1), "RNE": "S", "LS": "C2", "CIN": "N1",
         "PLACE": "U4", "PLACE_PROVIDER": "PR1", "DEC": date(2024, 9, 30), "REC": "X1",
         "REASON_PLACE_CHANGE": "CARPL", "HOME_POST": "B1 1AA", "PL_POST": "B2 2BB",
         "URN": "SC000001"},
        {"CHILD": "A1", "DECOM": date(2024, 9, 30), "RNE": "P", "LS": "C2", "CIN": "N1",
         "PLACE": "K2", "PLACE_PROVIDER": "PR4", "URN": "SC000002"},
    ]),
    "ssda903_oc2": _frame("ssda903_oc2", [
        {"CHILD": "B2", "DOB": date(2012, 12, 25), "SDQ_SCORE": 14, "CONVICTED": "0"},
    ]),
}


def test_the_files_have_dfe_s_exact_layout(tmp_path: Path) -> None:
    written = csv_writer.write(EXAMPLE, tmp_path, 2025)
    assert [p.name for p in written] == ["header.csv", "episodes.csv", "oc2.csv"]
    assert (tmp_path / "header.csv").read_bytes() == (
        b"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n"
        b"A1,F,03/02/2010,WBRI,A123456789012,,\r\n"
        b"B2,M,25/12/2012,MWBA,UN1,0,\r\n")
    assert (tmp_path / "episodes.csv").read_bytes() == (
        b"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
        b"PL_POST,URN\r\n"
        b"A1,01/04/2024,S,C2,N1,U4,PR1,30/09/2024,X1,CARPL,B1 1AA,B2 2BB,SC000001\r\n"
        b"A1,30/09/2024,P,C2,N1,K2,PR4,,,,,,SC000002\r\n")
    assert (tmp_path / "oc2.csv").read_bytes().startswith(b"CHILD,DOB,SDQ_SCORE,SDQ_REASON,")


def test_the_hand_made_example_reads_back_unchanged(tmp_path: Path) -> None:
    csv_writer.write(EXAMPLE, tmp_path, 2025)
    result = csv_reader.read(sorted(tmp_path.iterdir()), ReadOptions())
    assert result.collection_year == 2025
    assert result.issues == []
    assert_same_tables(EXAMPLE, result.tables)


def test_tables_outside_the_year_are_refused_not_dropped(tmp_path: Path) -> None:
    sw = _frame("ssda903_social_worker", [
        {"CHILD": "A1", "DOB": date(2010, 2, 3), "SW_ID": "SW1", "SW_DECOM": date(2018, 1, 1)}])
    with pytest.raises(ValueError, match="not part of the 2017/18 return"):
        csv_writer.write({"ssda903_social_worker": sw}, tmp_path, 2018)
    assert csv_writer.write({"ssda903_social_worker": sw.clear()}, tmp_path, 2018) == []
    [path] = csv_writer.write({"ssda903_social_worker": sw}, tmp_path, 2024)
    assert path.name == "sw_episodes.csv"
    with pytest.raises(ValueError, match="2015/16"):
        csv_writer.write(EXAMPLE, tmp_path, 2016)


@st.composite
def returns(draw: st.DrawFn) -> tuple[int, dict[str, pl.DataFrame]]:
    year = draw(st.sampled_from([2018, 2022, 2024, 2025, 2027]))
    tables = {t.name: draw(canonical_frames(t, year, max_rows=6))
              for t in RETURN.tables if t.in_year(year)}
    return year, tables


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(returns())
def test_whatever_is_written_reads_back_the_same(generated: tuple[int, dict[str, pl.DataFrame]]
                                                 ) -> None:
    year, tables = generated
    with tempfile.TemporaryDirectory() as folder:
        written = csv_writer.write(tables, Path(folder), year)
        result = csv_reader.read(written, ReadOptions(year=year))
    assert result.collection_year == year
    assert_same_tables(tables, result.tables)
    assert not [i for i in result.issues if i.code not in ("year-mismatch",)]
