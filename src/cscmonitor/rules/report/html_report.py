"""The validation as one self-contained, accessible HTML page (no scripts, no external files).

Every piece of text is escaped with the standard library's ``html.escape``: child ids and values
come from input files and must never become markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

import polars as pl

from cscmonitor.rules.report.columns import output_frame
from cscmonitor.rules.report.summary import Summary, outcome_counts

_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 2rem; color: #0b0c0c; }}
table {{ border-collapse: collapse; margin-bottom: 2rem; }}
th, td {{ border: 1px solid #b1b4b6; padding: 0.3rem 0.5rem; text-align: left;
          vertical-align: top; }}
th {{ background: #f3f2f1; }}
td.number {{ text-align: right; }}
</style>
</head>
<body>
<main>
<h1>Validation: {title}</h1>
{body}
</main>
</body>
</html>
"""


def _table(caption: str, headings: Sequence[str], rows: Iterable[Sequence[object]],
           row_headers: bool = False) -> str:
    """A table with a caption and column headers (and row headers when the first cell names
    the row), so screen readers can announce every cell's heading."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headings)
    lines = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            text = "" if value is None else escape(str(value))
            if index == 0 and row_headers:
                cells.append(f'<th scope="row">{text}</th>')
            elif isinstance(value, int):
                cells.append(f'<td class="number">{value:,}</td>')
            else:
                cells.append(f"<td>{text}</td>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return (f"<table>\n<caption>{escape(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>\n{chr(10).join(lines)}\n</tbody>\n</table>")


def render_html(summary: Summary, findings: pl.DataFrame) -> str:
    parts = [
        "<h2>Summary</h2>",
        _table("Rules and findings", ("Measure", "Count"), outcome_counts(summary),
               row_headers=True),
        "<h2>Findings by rule</h2>",
        _table("Errors and queries by rule",
               ("Rule", "Severity", "Findings", "Children affected", "Message"),
               summary.by_rule.iter_rows(), row_headers=True)
        if summary.by_rule.height else "<p>No rule found anything.</p>",
    ]
    if summary.crashed:
        parts += ["<h2>Crashed rules</h2>",
                  "<p>These rules failed to run: they are neither passed nor failed, and the "
                  "return may have problems they would have found.</p>",
                  _table("Crashed rules", ("Rule", "Error"), summary.crashed, row_headers=True)]
    if summary.skipped:
        parts += ["<h2>Skipped rules</h2>",
                  _table("Skipped rules", ("Rule", "Reason"), summary.skipped, row_headers=True)]
    if findings.height:
        frame = output_frame(findings)
        parts += ["<h2>Every finding</h2>",
                  _table("One row per flagged record", frame.columns, frame.iter_rows())]
    return _PAGE.format(title=escape(summary.title), body="\n".join(parts))


def write_html(summary: Summary, findings: pl.DataFrame, path: Path) -> Path:
    path.write_text(render_html(summary, findings), encoding="utf-8")
    return path
