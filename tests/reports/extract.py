"""Reading the packs back as a reader (or a test) would: the text of the PDF, the HTML and
the workbook, and the counts each marks as counts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import polars as pl

SMALL = {"1", "2", "3", "4", "5"}


def pdf_text(pdf: Path) -> str | None:
    """The PDF's text (``pdftotext`` from poppler-utils), None when it is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def html_counts(html: Path) -> list[tuple[str, str]]:
    """(suppression, shown text) of every count the HTML marks with ``data-count``."""
    tree = lxml.html.parse(str(html))
    return [(str(e.get("data-suppression")), str(e.get("data-count")))
            for e in tree.iterfind(".//*[@data-count]")]


def html_text(html: Path) -> str:
    """Text, attributes included (alt text and aria labels are read out too)."""
    tree = lxml.html.parse(str(html))
    parts = list(tree.getroot().itertext())
    for element in tree.iter():
        parts += [str(v) for v in element.attrib.values()]
    return "\n".join(parts)


def workbook_sheets(xlsx: Path) -> dict[str, pl.DataFrame]:
    return pl.read_excel(xlsx, sheet_id=0, engine="calamine",
                         infer_schema_length=0)
