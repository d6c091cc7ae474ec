"""Write the pack: gather the figures once, show them for the audience, write HTML, PDF and
the workbook into one folder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cscmonitor.indicators.benchmarks import BenchmarkSet
from cscmonitor.indicators.definition import Indicator
from cscmonitor.indicators.periods import Period
from cscmonitor.indicators.targets import Target
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.commentary import read_commentary
from cscmonitor.reports.gather import gather
from cscmonitor.reports.html import render_html
from cscmonitor.reports.pdf import write_pdf
from cscmonitor.reports.quality import quality_rows
from cscmonitor.reports.view import build_view
from cscmonitor.reports.workbook import write_workbook
from cscmonitor.warehouse import Warehouse

HTML_FILE, PDF_FILE, XLSX_FILE = "report.html", "report.pdf", "report.xlsx"


@dataclass(frozen=True)
class PackFiles:
    html: Path
    pdf: Path
    xlsx: Path


def build_pack(warehouse: Warehouse, indicators: Sequence[Indicator], period: Period,
               la_code: str | None, benchmarks: BenchmarkSet, targets: dict[str, Target],
               audience: Audience, out: Path, commentary_dir: Path | None) -> PackFiles:
    """Write ``report.html``, ``report.pdf`` and ``report.xlsx`` into ``out``."""
    data = gather(warehouse, indicators, period, la_code, benchmarks, targets)
    commentary = read_commentary(commentary_dir, [i.id for i in indicators])
    view = build_view(data, audience, commentary, quality_rows(warehouse, indicators))
    out.mkdir(parents=True, exist_ok=True)
    files = PackFiles(out / HTML_FILE, out / PDF_FILE, out / XLSX_FILE)
    files.html.write_text(render_html(view), encoding="utf-8")
    write_pdf(render_html(view, for_print=True), files.pdf)
    write_workbook(view, files.xlsx)
    return files
