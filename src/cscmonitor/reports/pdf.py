"""The pack as a tagged PDF, from the same HTML with its print stylesheet (A4, page numbers,
a contents page with page references). WeasyPrint's ``pdf/ua-1`` variant tags the PDF for
assistive technology (PDF/UA-1)."""

from __future__ import annotations

from pathlib import Path

from weasyprint import HTML

PDF_VARIANT = "pdf/ua-1"


def write_pdf(html: str, out: Path) -> None:
    HTML(string=html, base_url=str(out.parent)).write_pdf(
        out, pdf_variant=PDF_VARIANT, uncompressed_pdf=False)
