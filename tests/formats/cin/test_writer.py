"""The writer produces exactly the layout of each year, checked by an independent validator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from cscmonitor.formats.cin import read, write
from cscmonitor.formats.cin.writer import render
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.model import registry
from tests.formats.cin.synthetic import synthetic_tables


def _schema(reference: Path, year: int) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(reference / "schemas" / f"CIN_schema_{year}.xsd"))


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_output_is_valid_against_the_years_xsd(reference: Path, tmp_path: Path,
                                                year: int) -> None:
    [path] = write(synthetic_tables(year, 80, seed=year), tmp_path, year)
    assert path == tmp_path / f"cin_census_{year}.xml"
    _schema(reference, year).validate(str(path))


def test_2026_27_output_is_valid_apart_from_the_new_module(reference: Path,
                                                           tmp_path: Path) -> None:
    """No official 2026/27 XSD is in reference/: the output is checked against 2025/26's once
    the pre-proceedings blocks (the only 2026/27 addition we know of) are taken out."""
    assert not (reference / "schemas" / "CIN_schema_2027.xsd").exists(), \
        "a 2026/27 XSD is now available: validate against it instead"
    [path] = write(synthetic_tables(2027, 80, seed=7), tmp_path, 2027)
    tree = etree.parse(str(path))
    blocks = tree.findall(".//PreProceedingsandFGDM")
    assert blocks, "the sample data should include pre-proceedings"
    for block in blocks:
        parent = block.getparent()
        assert parent is not None and parent.tag == "CINdetails"
        assert parent[-1] is block, "the block is the last child of CINdetails"
        parent.remove(block)
    _schema(reference, 2026).validate(tree)


def test_a_real_layout_sample_rewritten_as_2023_24_is_valid(reference: Path,
                                                            tmp_path: Path) -> None:
    source = reference / "samples" / "cin" / "cin_2022_small_sample.xml"
    tables = read([source], ReadOptions()).tables
    [path] = write(tables, tmp_path, 2024)
    _schema(reference, 2024).validate(str(path))
    text = path.read_text(encoding="utf-8")
    # The sample writes false; the schema's yesnotype wants 0/1.
    assert "<ReferralNFA>0</ReferralNFA>" in text
    assert "<ICPCnotRequired>0</ICPCnotRequired>" in text


@pytest.mark.parametrize(("year", "element"), [(2024, "GenderCurrent"), (2025, "Sex"),
                                               (2027, "Sex")])
def test_sex_element_follows_the_year(year: int, element: str) -> None:
    text = render(synthetic_tables(year, 3), year)
    other = {"Sex", "GenderCurrent"} - {element}
    assert f"<{element}>" in text and f"<{other.pop()}>" not in text


def test_pre_proceedings_only_from_2026_27() -> None:
    tables = synthetic_tables(2027, 40, seed=3)
    assert tables["cin_preproceedings"].height
    assert "<PreProceedingsandFGDM>" in render(tables, 2027)
    assert "PreProceedings" not in render(tables, 2026)


def test_empty_optional_elements_are_left_out() -> None:
    tables = synthetic_tables(2025, 30)
    assert tables["cin_episode"]["CINclosureDate"].null_count()
    text = render(tables, 2025)
    assert not re.search(r"<(\w+)>\s*</\1>|<\w+\s*/>", text)
    assert "<FormerUPN>" not in text


def test_a_header_is_made_when_the_table_has_none() -> None:
    tables = synthetic_tables(2025, 2)
    tables["cin_header"] = registry().table("cin_header").empty_frame()
    text = render(tables, 2025)
    assert "<Collection>CIN</Collection>" in text
    assert "<Year>2025</Year>" in text and "<ReferenceDate>2025-03-31</ReferenceDate>" in text
    assert "<Source>" not in text
