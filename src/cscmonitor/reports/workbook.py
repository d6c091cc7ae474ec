"""The figures of the pack as an Excel workbook: the scorecard, the monthly series and the
validation summary, exactly as shown in the HTML (suppressed for the public).

Numbers are written as numbers; ``c`` and ``x`` stay text. Every text cell goes through
``escape_formula``: titles, commentary and sources may come from files the authority edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from cscmonitor.formats.excel_safety import write_text
from cscmonitor.reports.view import Count, PackView

_SCORECARD = ("indicator", "title", "theme", "period", "unit", "value", "numerator",
              "denominator", "rate per 10,000", "last year", "England", "neighbours' median",
              "benchmark year", "target", "RAG", "direction", "suppression", "commentary")
_SERIES = ("indicator", "title", "12 months to", "unit", "value", "numerator", "denominator",
           "suppression")
_QUALITY = ("return", "collection year", "validated", "errors", "queries",
            "children affected", "indicators affected")


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").removesuffix("%"))
    except ValueError:
        return None


def _write(sheet: Any, row: int, col: int, cell: object, formats: dict[str, Any]) -> None:
    if cell is None:
        return
    if isinstance(cell, Count):
        cell = cell.text
    if isinstance(cell, int | float):
        sheet.write_number(row, col, cell)
        return
    text = str(cell)
    number = _number(text)
    if number is not None:
        sheet.write_number(row, col, number)
    else:
        write_text(sheet, row, col, text, formats.get("text"))


def _sheet(workbook: Any, name: str, headings: tuple[str, ...], rows: Sequence[Sequence[object]],
           formats: dict[str, Any]) -> None:
    sheet = workbook.add_worksheet(name)
    sheet.write_row(0, 0, headings, formats["heading"])
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row):
            _write(sheet, r, c, cell, formats)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(headings) - 1)
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 40)


def write_workbook(view: PackView, out: Path) -> None:
    workbook = xlsxwriter.Workbook(str(out))
    formats = {"heading": workbook.add_format({"bold": True, "text_wrap": True}),
               "text": workbook.add_format({"text_wrap": False})}
    scorecard = [[
        line.indicator.id, line.indicator.title, line.indicator.theme.heading,
        view.period_label, line.indicator.unit.value, line.value.text,
        line.numerator, line.denominator, line.rate, line.last_year.text, line.england,
        line.sn_median, line.benchmark_year, line.target, line.rag_words,
        line.direction_words, line.indicator.suppression.value,
        line.commentary.text if line.commentary else None,
    ] for line in view.lines]
    series = [[row.indicator.id, row.indicator.title, row.period_end.isoformat(),
               row.indicator.unit.value, row.value.text, row.numerator, row.denominator,
               row.indicator.suppression.value] for row in view.series]
    quality = [[q.row.return_title, q.row.collection_year, q.row.validated or "not validated",
                q.row.errors if q.row.validated else "x",
                q.row.queries if q.row.validated else "x",
                q.children if q.row.validated else "x",
                ", ".join(q.row.indicators)] for q in view.quality]
    about = workbook.add_worksheet("about")
    for r, text in enumerate((view.title, view.authority,
                              "Public edition: counts of 1 to 5 children and figures built on "
                              "them are shown as c; x means not available."
                              if view.audience == "public" else
                              "Board edition: not for publication.",
                              "Benchmarks: DfE published statistics. Contains public sector "
                              "information licensed under the Open Government Licence v3.0.")):
        write_text(about, r, 0, text)
    _sheet(workbook, "scorecard", _SCORECARD, scorecard, formats)
    _sheet(workbook, "monthly series", _SERIES, series, formats)
    _sheet(workbook, "data quality", _QUALITY, quality, formats)
    workbook.close()
