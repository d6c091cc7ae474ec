"""The SSDA903 XML file: the community layout read, written and read back."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cscmonitor.formats import ReadOptions, detect
from cscmonitor.formats.ssda903 import xml_layout, xml_reader, xml_writer
from cscmonitor.model import ROW
from cscmonitor.model.returns.ssda903 import RETURN
from tests.strategies import assert_same_tables, canonical_frames

# Hand-made in the layout of csc-validator-be-903's tests/fake_data/fake_903.xml: one line,
# self-closing blank tags, PL for PLACE and CHILDID for CHILD; a second child adds the adoption,
# permanence, missing and care leaver parts that the fixture lacks.
FAKE = (
    "<?xml version='1.0' encoding='us-ascii'?>\n"
    "<EXPSSDA903><CHILD><HEADER><CHILDID>947390</CHILDID><UPN>E095867270650</UPN><SEX>1</SEX>"
    "<DOB>02/03/2013</DOB><ETHNIC>BOTH</ETHNIC><UASC /><AREVIEW><REVIEW>28/01/2016</REVIEW>"
    "<REVIEW_CODE>PN3</REVIEW_CODE></AREVIEW><AREVIEW><REVIEW>14/04/2016</REVIEW>"
    "<REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW><MOTHER /><MC_DOB /><OC2>"
    "<SDQ_REASON>SDQ5</SDQ_REASON><CONVICTED>0</CONVICTED><HEALTH_CHECK>0</HEALTH_CHECK>"
    "<IMMUNISATIONS>1</IMMUNISATIONS><TEETH_CHECK>0</TEETH_CHECK>"
    "<HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT><SUBSTANCE_MISUSE>1</SUBSTANCE_MISUSE>"
    "<INTERVENTION_RECEIVED>0</INTERVENTION_RECEIVED>"
    "<INTERVENTION_OFFERED>0</INTERVENTION_OFFERED></OC2></HEADER>"
    "<EPISODE><DECOM>11/11/2016</DECOM><RNE>L</RNE><LS>V3</LS><CIN>N1</CIN><PL>A3</PL>"
    "<PL_POST>D4 8NF</PL_POST><HOME_POST>E22 4DI</HOME_POST><URN>1594525</URN>"
    "<PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC>26/04/2017</DEC><REC>E7</REC>"
    "<REASON_PLACE_CHANGE /></EPISODE></CHILD>\n"
    "<CHILD>\n<HEADER>\n<CHILDID>97318</CHILDID><UPN>Q055076133116</UPN><SEX>2</SEX>"
    "<DOB>19/12/2001</DOB><ETHNIC>APKN</ETHNIC><UASC>1</UASC><DUC>15/12/2019</DUC>"
    "<MOTHER>0</MOTHER><MC_DOB />\n"
    "<DATE_INT>01/06/2016</DATE_INT><DATE_MATCH>01/09/2016</DATE_MATCH>"
    "<FOSTER_CARE>1</FOSTER_CARE><NB_ADOPTR>2</NB_ADOPTR><SEX_ADOPTR>MF</SEX_ADOPTR>"
    "<LS_ADOPTR>L11</LS_ADOPTR>\n"
    "<AD_PLACED><DATE_PLACED>01/06/2016</DATE_PLACED><DATE_PLACED_CEASED />"
    "<REASON_PLACED_CEASED /></AD_PLACED>\n"
    "<PERMANENCE><PREV_PERM>Z1</PREV_PERM><LA_PERM /><DATE_PERM /></PERMANENCE>\n"
    "<AMISSING><MISSING>M</MISSING><MIS_START>03/03/2017</MIS_START>"
    "<MIS_END>04/03/2017</MIS_END></AMISSING>\n"
    "<IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>D1</ACCOM>\n"
    "</HEADER>\n"
    "<EPISODE><DECOM>20/01/2017</DECOM><RNE>P</RNE><LS>J1</LS><CIN>N7</CIN><PL>U2</PL>"
    "<PL_POST /><HOME_POST /><URN /><PLACE_PROVIDER>PR0</PLACE_PROVIDER><DEC /><REC />"
    "<REASON_PLACE_CHANGE /></EPISODE>\n"
    "</CHILD></EXPSSDA903>\n"
).encode("ascii")


def _read(data: bytes, tmp_path: Path, year: int | None = None) -> Any:
    path = tmp_path / "return.xml"
    path.write_bytes(data)
    return xml_reader.read([path], ReadOptions(year=year))


def test_the_community_layout_is_read_into_the_canonical_tables(tmp_path: Path) -> None:
    result = _read(FAKE, tmp_path)
    assert result.format == "ssda903-xml"
    assert result.collection_year == 2017
    assert result.row_counts == {
        "ssda903_header": 2, "ssda903_episodes": 2, "ssda903_uasc": 1, "ssda903_reviews": 2,
        "ssda903_oc2": 1, "ssda903_oc3": 1, "ssda903_ad1": 1,
        "ssda903_placed_for_adoption": 1, "ssda903_previous_permanence": 1,
        "ssda903_missing": 1, "ssda903_social_worker": 0, "ssda903_dol": 0}
    tables = result.tables
    assert tables["ssda903_episodes"].select("CHILD", "PLACE", "DEC", ROW).rows() == [
        ("947390", "A3", date(2017, 4, 26), 2), ("97318", "U2", None, 12)]
    assert tables["ssda903_uasc"].select("CHILD", "SEX", "DOB", "DUC", ROW).rows() == [
        ("97318", "2", date(2001, 12, 19), date(2019, 12, 15), 5)]
    assert tables["ssda903_reviews"].select("CHILD", "DOB", "REVIEW_CODE").rows() == [
        ("947390", date(2013, 3, 2), "PN3"), ("947390", date(2013, 3, 2), "PN1")]
    assert tables["ssda903_ad1"].select("CHILD", "NB_ADOPTR", "LS_ADOPTR", ROW).rows() == [
        ("97318", 2, "L11", 6)]
    assert tables["ssda903_oc3"].select("IN_TOUCH", "ACTIV", "ACCOM", ROW).rows() == [
        ("YES", "F2", "D1", 10)]
    assert result.issues == []


def test_unexpected_and_repeated_elements_are_located(tmp_path: Path) -> None:
    data = (b"<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>1</CHILDID><CHILDID>2</CHILDID>\n"
            b"<SEX>M</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN>\n"
            b"<FAVOURITE>blue</FAVOURITE>\n<UASC>Y</UASC>\n</HEADER>\n"
            b"<EPISODE><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN>\n"
            b"<PL>U1</PL><COLOUR>red</COLOUR></EPISODE>\n</CHILD>\n<NOTE/>\n</EXPSSDA903>\n")
    result = _read(data, tmp_path)
    found = {(i.code, i.line, i.table, i.field, i.value) for i in result.issues}
    assert found == {
        ("too-many", 4, "ssda903_header", None, "CHILDID"),
        ("unexpected-element", 6, None, None, "FAVOURITE"),
        ("unknown-code", 7, "ssda903_uasc", "UASC", "Y"),
        ("unexpected-element", 10, "ssda903_episodes", None, "COLOUR"),
        ("unexpected-element", 12, None, None, "NOTE"),
    }
    assert result.tables["ssda903_header"]["CHILD"].to_list() == ["1"]
    assert result.tables["ssda903_uasc"].is_empty()


def test_sniffing_claims_903_xml_and_nothing_else(reference: Path, tmp_path: Path) -> None:
    assert xml_reader.sniff(Path("x"), FAKE)
    assert xml_reader.sniff(Path("x"), b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c -->\n"
                                        b"<d:EXPSSDA903 xmlns:d='urn:x'>")
    assert not xml_reader.sniff(Path("x"), b"<Message><EXPSSDA903/></Message>")
    for path in (reference / "samples" / "cin").iterdir():
        assert not xml_reader.sniff(path, path.read_bytes()[:65_536])
        assert detect(path).name != "ssda903-xml"
    path = tmp_path / "return.xml"
    path.write_bytes(FAKE)
    assert detect(path).name == "ssda903-xml"


def test_the_writer_refuses_what_the_layout_cannot_carry(tmp_path: Path) -> None:
    header = pl.DataFrame({"CHILD": ["1"], "SEX": ["M"], "DOB": [date(2010, 1, 1)],
                           "ETHNIC": ["WBRI"], "UPN": ["UN1"]}).with_columns(
        pl.lit(None, pl.String).alias("MOTHER"), pl.lit(None, pl.Date).alias("MC_DOB"),
        pl.lit(1, pl.Int64).alias(ROW))
    sw = RETURN.table("ssda903_social_worker").empty_frame().vstack(pl.DataFrame(
        {"CHILD": ["1"], "DOB": [date(2010, 1, 1)], "SW_ID": ["SW1"],
         "SW_DECOM": [date(2024, 5, 1)], "SW_DEC": [None], "SW_REASON": [None], ROW: [1]},
        schema=RETURN.table("ssda903_social_worker").polars_schema()))
    with pytest.raises(ValueError, match="no place for ssda903_social_worker"):
        xml_writer.write({"ssda903_header": header, "ssda903_social_worker": sw}, tmp_path, 2025)
    orphan = sw.select("CHILD", "DOB").with_columns(
        pl.lit("2").alias("CHILD"), pl.lit(date(2024, 5, 1)).alias("REVIEW"),
        pl.lit("PN1").alias("REVIEW_CODE"), pl.lit(1, pl.Int64).alias(ROW))
    with pytest.raises(ValueError, match="missing from the header"):
        xml_writer.write({"ssda903_header": header, "ssda903_reviews": orphan}, tmp_path, 2025)


@st.composite
def xml_returns(draw: st.DrawFn) -> tuple[int, dict[str, pl.DataFrame]]:
    """Consistent returns: every table's CHILD is a header child with that child's DOB/SEX."""
    year = draw(st.sampled_from([2018, 2022, 2025, 2027]))
    header = draw(canonical_frames(RETURN.table("ssda903_header"), year, min_rows=1))
    children = header["CHILD"].to_list()
    tables = {"ssda903_header": header}
    for table in xml_layout.CARRIED:
        if table.name == "ssda903_header":
            continue
        frame = draw(canonical_frames(table, year, max_rows=6,
                                      overrides={"CHILD": st.sampled_from(children)}))
        shared = [c for c in xml_layout.FROM_HEADER if c in table.column_names and c != "CHILD"]
        tables[table.name] = frame.drop(shared).join(
            header.select("CHILD", *shared), on="CHILD", how="left").select(frame.columns)
    return year, tables


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(xml_returns())
def test_whatever_is_written_reads_back_the_same(generated: tuple[int, dict[str, pl.DataFrame]]
                                                 ) -> None:
    year, tables = generated
    with tempfile.TemporaryDirectory() as folder:
        [path] = xml_writer.write(tables, Path(folder), year)
        assert xml_reader.sniff(path, path.read_bytes()[:65_536])
        result = xml_reader.read([path], ReadOptions(year=year))
    assert_same_tables(tables, result.tables)
    assert not [i for i in result.issues if i.code not in ("year-mismatch",)]
