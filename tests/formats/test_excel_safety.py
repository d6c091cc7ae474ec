"""Text can never become a spreadsheet formula, and escaping is undone on reading back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter
from hypothesis import assume, given
from hypothesis import strategies as st

from cscmonitor.formats.excel_safety import escape_formula, unescape_formula_text, write_text


@pytest.mark.parametrize(("text", "written"), [
    ("=1+1", "'=1+1"), ("+44 121", "'+44 121"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Team 1", "Team 1"), ("a=b", "a=b"), ("", ""),
    ("'=quoted", "'=quoted"),
])
def test_escape_formula(text: str, written: str) -> None:
    assert escape_formula(text) == written


@given(st.text())
def test_unescaping_restores_what_was_escaped(text: str) -> None:
    # Text already written as "'=..." is the one form that can't be told from escaped text.
    assume(not (text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "\t", "\r")))
    frame = pl.DataFrame({"t": [escape_formula(text)]})
    assert frame.select(unescape_formula_text(pl.col("t")))["t"][0] == text


def test_write_text_writes_a_string_cell_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    write_text(workbook.add_worksheet(), 0, 0, "=cmd|' /C calc'!A0")
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
        strings = archive.read("xl/sharedStrings.xml")
    assert b"<f>" not in sheet and b't="s"' in sheet
    assert b"'=cmd|' /C calc'!A0" in strings
