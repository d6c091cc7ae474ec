"""The PDF is A4, tagged, numbered, and its first pages are not blank when drawn."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reports.conftest import Authority
from tests.reports.extract import pdf_text


def _info(pdf: Path) -> dict[str, str]:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo is not installed (apt-get install poppler-utils)")
    output = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                            text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":")
                                                 for line in output.splitlines())}


def test_pdf_is_tagged_a4(authority: Authority) -> None:
    info = _info(authority.public.pdf)
    assert info["Tagged"] == "yes"
    assert info["Page size"].startswith("595.276 x 841.89")


def test_contents_gives_page_numbers(authority: Authority) -> None:
    text = pdf_text(authority.public.pdf)
    assert text is not None
    contents = text.split("\f")[1]
    assert "Summary scorecard" in contents
    assert "Page 2 of" in contents
    numbered = [line for line in contents.splitlines() if line.rstrip()[-1:].isdigit()
                and "." * 5 in line]
    assert len(numbered) == 8


def _ink(pgm: bytes) -> float:
    """Share of pixels darker than light grey in a binary PGM (P5, 8-bit)."""
    magic, width, height, depth, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    data = pixels[: int(width) * int(height)]
    return sum(1 for byte in data if byte < 200) / len(data)


def test_first_pages_are_not_blank(authority: Authority, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    for audience in ("board", "public"):
        pdf = getattr(authority, audience).pdf
        subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "4", str(pdf),
                        str(tmp_path / audience)], check=True)
        pages = sorted(tmp_path.glob(f"{audience}-*.pgm"))
        assert len(pages) == 4
        for page in pages:
            assert _ink(page.read_bytes()) > 0.002, page.name
