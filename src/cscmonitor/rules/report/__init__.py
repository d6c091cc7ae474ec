"""Validation outputs: the terminal summary, and CSV, Excel and HTML files of the findings."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from cscmonitor.rules.engine import Validation
from cscmonitor.rules.report.csv_report import write_csv
from cscmonitor.rules.report.html_report import render_html, write_html
from cscmonitor.rules.report.summary import Summary, outcome_counts, summarise
from cscmonitor.rules.report.terminal import print_summary
from cscmonitor.rules.report.xlsx_report import write_xlsx


class ReportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    HTML = "html"


def write_reports(validation: Validation, summary: Summary, out_dir: Path, stem: str,
                  formats: list[ReportFormat]) -> list[Path]:
    """Write each chosen format as ``out_dir/<stem>.<format>``; the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    findings = validation.findings
    written = []
    for chosen in formats:
        path = out_dir / f"{stem}.{chosen.value}"
        if chosen is ReportFormat.CSV:
            written.append(write_csv(findings, path))
        elif chosen is ReportFormat.XLSX:
            written.append(write_xlsx(summary, findings, path))
        else:
            written.append(write_html(summary, findings, path))
    return written


__all__ = ["ReportFormat", "Summary", "outcome_counts", "print_summary", "render_html",
           "summarise", "write_reports"]
