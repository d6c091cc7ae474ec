"""Hand-made Annex A workbooks: a sheet is a list of rows, a row a list of cell values."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

Sheets = dict[str, list[list[Any]]]


def write_book(path: Path, sheets: Sheets) -> Path:
    """Dates as date cells, numbers as numbers, text as text, None as an empty cell."""
    workbook = xlsxwriter.Workbook(str(path))
    day = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, date | datetime):
                    sheet.write_datetime(r, c, value, day)
                elif isinstance(value, int | float):
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, value)
    workbook.close()
    return path


@pytest.fixture
def book(tmp_path: Path) -> Callable[[Sheets], Path]:
    """Write a workbook of the given sheets into the test's folder."""
    return lambda sheets: write_book(tmp_path / "annex_a.xlsx", sheets)
