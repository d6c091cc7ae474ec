"""Writing the Annex A lists as Ofsted's template lays them out.

One workbook, one sheet per list named as the template names it ("List 1" ... "List 11"),
the template's headers on the first row, then one row per record. Dates are real Excel dates
shown as dd/mm/yyyy, numbers are numbers, and codes are written as the template's drop-down
options. All text goes through ``excel_safety.write_text``, so none can become a formula.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import polars as pl
import xlsxwriter

from cscmonitor.formats.annex_a.dropdowns import render
from cscmonitor.formats.annex_a.layout import header, sheet_name
from cscmonitor.formats.excel_safety import write_text
from cscmonitor.model import ColumnType
from cscmonitor.model.returns.annex_a import LISTS


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    """Write ``annex_a_<year>.xlsx`` into ``out_dir``; lists not given are written empty.

    The workbook's creation date is the end of its collection year rather than the clock, so
    the same tables always give the same bytes.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"annex_a_{year}.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                               "strings_to_formulas": False,
                                               "strings_to_urls": False})
    workbook.set_properties({"created": datetime(year, 3, 31)})
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for table in LISTS:
        sheet = workbook.add_worksheet(sheet_name(table))
        frame = tables.get(table.name, table.empty_frame())
        for col, column in enumerate(table.columns_in_year(year)):
            write_text(sheet, 0, col, header(table, column.name), bold)
            for row, value in enumerate(frame.get_column(column.name).to_list(), start=1):
                if value is None:
                    continue
                if column.type is ColumnType.DATE:
                    sheet.write_datetime(row, col, value, day)
                elif column.type in (ColumnType.INTEGER, ColumnType.DECIMAL):
                    sheet.write_number(row, col, value)
                elif column.codelist is not None:
                    write_text(sheet, row, col, render(column.codelist, value))
                else:
                    write_text(sheet, row, col, str(value))
    workbook.close()
    return [path]
