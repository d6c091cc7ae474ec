"""The findings as a workbook an analyst can work through: a summary sheet, then one row per
finding with filters, a frozen header and the offending values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import xlsxwriter

from cscmonitor.formats.excel_safety import write_text
from cscmonitor.rules.report.columns import output_frame
from cscmonitor.rules.report.summary import Summary, outcome_counts

_WIDTHS = {"rule": 8, "severity": 9, "table": 24, "row": 7, "child id": 14, "fields": 24,
           "values": 40, "message": 80}


def write_xlsx(summary: Summary, findings: pl.DataFrame, path: Path) -> Path:
    with xlsxwriter.Workbook(str(path), {"constant_memory": True}) as book:
        bold = book.add_format({"bold": True})
        _summary_sheet(book.add_worksheet("Summary"), summary, bold)
        _findings_sheet(book.add_worksheet("Findings"), output_frame(findings), bold)
    return path


def _summary_sheet(sheet: Any, summary: Summary, bold: Any) -> None:
    sheet.set_column(0, 0, 20)
    sheet.set_column(1, 4, 12)
    sheet.set_column(4, 4, 80)
    write_text(sheet, 0, 0, summary.title, bold)
    row = 2
    for label, count in outcome_counts(summary):
        write_text(sheet, row, 0, label, bold)
        sheet.write_number(row, 1, count)
        row += 1
    row += 1
    for col, heading in enumerate(("Rule", "Severity", "Findings", "Children", "Message")):
        write_text(sheet, row, col, heading, bold)
    for record in summary.by_rule.iter_rows():
        row += 1
        code, severity, count, children, message = record
        write_text(sheet, row, 0, code)
        write_text(sheet, row, 1, severity)
        sheet.write_number(row, 2, count)
        sheet.write_number(row, 3, children)
        write_text(sheet, row, 4, message)
    for heading, problems in (("Skipped rules", summary.skipped),
                              ("Crashed rules (not passed)", summary.crashed)):
        if not problems:
            continue
        row += 2
        write_text(sheet, row, 0, heading, bold)
        for code, detail in problems:
            row += 1
            write_text(sheet, row, 0, code)
            write_text(sheet, row, 1, detail)


def _findings_sheet(sheet: Any, frame: pl.DataFrame, bold: Any) -> None:
    for col, heading in enumerate(frame.columns):
        write_text(sheet, 0, col, heading, bold)
        sheet.set_column(col, col, _WIDTHS.get(heading, 12))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(frame.height, 1), frame.width - 1)
    for row, record in enumerate(frame.iter_rows(), start=1):
        for col, value in enumerate(record):
            if isinstance(value, int):
                sheet.write_number(row, col, value)
            elif value is not None:
                write_text(sheet, row, col, str(value))
