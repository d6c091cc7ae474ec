"""Recognising an Annex A workbook by its content, cheaply and without trusting it.

An .xlsx is a zip archive. Its sheet names are in ``xl/workbook.xml``, read straight from the
archive (only if small), so most workbooks are recognised without opening them as workbooks. A
workbook whose sheets are named otherwise is recognised by a list's header row in the first
rows of its sheets, read only after the decompression-bomb check.
"""

from __future__ import annotations

import html
import re
import zipfile
import zlib
from pathlib import Path

import fastexcel

from cscmonitor.formats.annex_a.layout import HEADER_SEARCH_ROWS, list_named, locate
from cscmonitor.formats.issues import FormatError
from cscmonitor.formats.limits import MIB, ReadLimits
from cscmonitor.formats.workbook import check_workbook

_ZIP = b"PK\x03\x04"
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"")
_MAX_WORKBOOK_PART = MIB
_MAX_SHEETS_SEARCHED = 20
_UNREADABLE = (zipfile.BadZipFile, zlib.error, KeyError, OSError, EOFError, RuntimeError,
               NotImplementedError, ValueError)


def sheet_names(path: Path) -> list[str] | None:
    """The workbook's sheet names from ``xl/workbook.xml``, or None if it has none readable."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = archive.getinfo("xl/workbook.xml")
            if part.file_size > _MAX_WORKBOOK_PART:
                return None
            content = archive.read(part)
    except _UNREADABLE:
        return None
    return [html.unescape(n.decode("utf-8", "replace")) for n in _SHEET.findall(content)]


def _has_list_header(path: Path) -> bool:
    try:
        check_workbook(path, ReadLimits.from_environment())
        workbook = fastexcel.read_excel(str(path))
        for name in workbook.sheet_names[:_MAX_SHEETS_SEARCHED]:
            frame = workbook.load_sheet(name, header_row=None, skip_rows=0, dtypes="string",
                                        n_rows=HEADER_SEARCH_ROWS).to_polars()
            if locate(name, [list(r) for r in frame.iter_rows()]) is not None:
                return True
    except (FormatError, fastexcel.FastExcelError):
        return False
    return False


def sniff(path: Path, head: bytes) -> bool:
    """Whether ``path`` is a workbook holding at least one Annex A list."""
    if not head.startswith(_ZIP):
        return False
    names = sheet_names(path)
    if names is None:
        return False
    return any(list_named(n) is not None for n in names) or _has_list_header(path)
