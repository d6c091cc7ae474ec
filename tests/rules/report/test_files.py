from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import polars as pl

from cscmonitor.rules import Validation
from cscmonitor.rules.report import ReportFormat, render_html, summarise, write_reports

HEADINGS = ["rule", "severity", "table", "row", "child id", "fields", "values", "message"]


def _write(validation: Validation, tmp_path: Path, *formats: ReportFormat) -> list[Path]:
    return write_reports(validation, summarise(validation, "files"), tmp_path / "out",
                         "findings", list(formats))


def test_csv_has_one_row_per_finding_and_escapes_formulas(validation: Validation,
                                                           tmp_path: Path) -> None:
    [path] = _write(validation, tmp_path, ReportFormat.CSV)
    assert path == tmp_path / "out" / "findings.csv"
    frame = pl.read_csv(path, infer_schema=False)
    assert frame.columns == HEADINGS
    assert frame.height == validation.findings.height == 4
    assert frame.row(0, named=True) == {
        "rule": "T1", "severity": "error", "table": "ssda903_episodes", "row": "3",
        "child id": "<script>", "fields": "PLACE", "values": "PLACE=XX",
        "message": "Placement type is not valid."}
    assert "'=HYPERLINK(\"x\")" in frame.get_column("child id").to_list()


def test_workbook_has_summary_and_escaped_findings(validation: Validation,
                                                   tmp_path: Path) -> None:
    [path] = _write(validation, tmp_path, ReportFormat.XLSX)
    findings = pl.read_excel(path, sheet_name="Findings", infer_schema_length=0)
    assert findings.columns == HEADINGS
    assert findings.height == 4
    assert "'=HYPERLINK(\"x\")" in findings.get_column("child id").to_list()
    summary = pl.read_excel(path, sheet_name="Summary", has_header=False,
                            infer_schema_length=0)
    cells = {c for row in summary.rows() for c in row if c is not None}
    assert {"Crashed rules (not passed)", "T3", "Skipped rules", "T4"} <= cells


class _Page(HTMLParser):
    """Collects the page's text, its table header scopes and the elements used."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scopes: list[str | None] = []
        self.text: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "th":
            self.scopes.append(dict(attrs).get("scope"))
        if tag == "html":
            self.lang = dict(attrs).get("lang")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_accessible_and_input_never_becomes_markup(validation: Validation) -> None:
    page = _Page()
    page.feed(render_html(summarise(validation, "files"), validation.findings))
    assert page.lang == "en-GB"
    assert "script" not in page.tags
    assert "<script>" in page.text
    assert "Child <C1> & friends." in page.text
    assert {"h1", "h2", "caption", "thead"} <= set(page.tags)
    assert page.scopes and all(scope in ("col", "row") for scope in page.scopes)
    assert {"Crashed rules", "Skipped rules", "Every finding"} <= set(page.text)


def test_every_format_is_written(validation: Validation, tmp_path: Path) -> None:
    written = _write(validation, tmp_path, *ReportFormat)
    assert [p.name for p in written] == ["findings.csv", "findings.xlsx", "findings.html"]
    assert all(p.stat().st_size > 0 for p in written)
