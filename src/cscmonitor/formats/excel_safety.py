"""Text written to spreadsheets can't become a formula (CSV/formula injection).

A cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
some spreadsheet programs strip before evaluating) may be run as a formula when a user opens or
re-saves the file, for example after copying it to CSV. Every writer of workbooks (the Annex A
writer, the board-pack reports) writes text through ``write_text``, which prefixes such text
with a single quote, the spreadsheet convention for "this is text", and always writes a string
cell, never a formula. Readers of workbooks cscmonitor wrote take the quote off again with
``unescape_formula_text``.
"""

from __future__ import annotations

from typing import Any

import polars as pl

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make spreadsheet programs treat text as a formula."""

_ESCAPED = r"^'([=+\-@\t\r])"


def escape_formula(text: str) -> str:
    """``text``, with a leading single quote if it would otherwise start a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def write_text(worksheet: Any, row: int, col: int, text: str, cell_format: Any = None) -> None:
    """Write ``text`` to an XlsxWriter worksheet as a string cell, escaped."""
    worksheet.write_string(row, col, escape_formula(text), cell_format)


def unescape_formula_text(expr: pl.Expr) -> pl.Expr:
    """Undo ``escape_formula`` on a column of text read back from a workbook."""
    return expr.str.replace(_ESCAPED, "$1")
