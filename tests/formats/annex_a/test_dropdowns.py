"""Template options <-> canonical codes, for every Annex A code list."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl
import pytest

from cscmonitor.formats.annex_a.dropdowns import STYLES, canonical_codes, render
from cscmonitor.model import ColumnType, registry

ANNEX_A_LISTS = sorted(n for n in registry().codelists if n.startswith("annex_a."))


def _canonical(codelist: str, values: Sequence[str | None]) -> list[str | None]:
    frame = pl.DataFrame({"v": values}, schema={"v": pl.String})
    return frame.select(canonical_codes(pl.col("v"), codelist))["v"].to_list()


def test_every_annex_a_code_list_has_a_style_and_every_style_a_list() -> None:
    used = {c.codelist for t in registry().return_spec("annex_a").tables for c in t.columns
            if c.type is ColumnType.CODE}
    assert set(STYLES) == used == set(ANNEX_A_LISTS)


@pytest.mark.parametrize("codelist", ANNEX_A_LISTS)
def test_every_option_written_reads_back_as_its_code(codelist: str) -> None:
    codes = [c.code for c in registry().codelist(codelist).codes]
    options = [render(codelist, code) for code in codes]
    assert _canonical(codelist, options) == codes
    assert _canonical(codelist, codes) == codes
    assert _canonical(codelist, [c.lower() for c in codes]) == codes


@pytest.mark.parametrize(("codelist", "written", "code"), [
    ("annex_a.gender", "b) Female", "Female"),
    ("annex_a.gender", "Female", "Female"),
    ("annex_a.gender", "c) Not stated/recorded", "Not stated/recorded"),
    ("annex_a.ethnicity", "s) NOBT", "NOBT"),
    ("annex_a.ethnicity", "White British", "WBRI"),
    ("annex_a.source", "q) 6: Police", "6"),
    ("annex_a.source", "p1) 5D: LA services", "5D"),
    ("annex_a.yes_no_unknown", "a) Yes", "Yes"),
    ("annex_a.yes_no", "N", "No"),
    ("annex_a.primary_need", "N1 - Abuse or Neglect", "N1"),
    ("annex_a.legal_status", "C2: FCO", "C2"),
    ("annex_a.placement_type", "a) U1: Foster placement - relatives - long term", "U1"),
    ("annex_a.placement_type", "n)\u00a0H5:  Residential accommodation", "H5"),
    ("annex_a.reason_ceased", "k) E47: Special Guardianship Orders - relative/friend", "E47"),
    ("annex_a.category_of_abuse", "Physical abuse", "Physical abuse"),
    ("annex_a.category_of_abuse", "NEG", "Neglect"),
    ("annex_a.in_touch", "d) Refu", "REFU"),
    ("annex_a.accommodation", "Y: Other accommodation", "Y"),
    ("annex_a.activity", "G5: Not in education, employment or training - other", "G5"),
    ("annex_a.source", "Individual - family member, relative or carer", "1A"),
])
def test_real_workbook_spellings(codelist: str, written: str, code: str) -> None:
    assert _canonical(codelist, [written]) == [code]


@pytest.mark.parametrize(("codelist", "written"), [
    ("annex_a.primary_need", "PSRMEM - Support with memory and cognition"),
    ("annex_a.yes_no_unknown", "CS Assessment Updated"),
    ("annex_a.yes_no", "Yes - but see notes"),
    ("annex_a.gender", "  Femail "),
])
def test_anything_else_is_passed_on_exactly_as_written(codelist: str, written: str) -> None:
    assert _canonical(codelist, [written, None]) == [written, None]


def test_options_are_lettered_as_the_template_letters_them() -> None:
    assert render("annex_a.source", "6") == "q) 6: Police"
    assert render("annex_a.ethnicity", "NOBT") == "s) NOBT"
    assert render("annex_a.placement_type", "T4") == ("aa) T4: Temporary accommodation of "
                                                      "seven days or less")
    assert render("annex_a.legal_status", "E1") == "E1: Placement order"
    assert render("annex_a.primary_need", "N1") == "N1 - Abuse or neglect"
    assert render("annex_a.gender", "Female") == "b) Female"
    assert render("annex_a.gender", "Unlisted") == "Unlisted"
