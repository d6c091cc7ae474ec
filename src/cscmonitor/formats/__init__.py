"""Readers and writers for the statutory files, one package per format."""

from cscmonitor.formats.issues import ISSUE_CODES, FormatError, Issue, Severity
from cscmonitor.formats.limits import ReadLimits
from cscmonitor.formats.registry import FormatSpec, ReadOptions, detect, formats, read
from cscmonitor.formats.result import ReadResult

__all__ = [
    "ISSUE_CODES",
    "FormatError",
    "FormatSpec",
    "Issue",
    "ReadLimits",
    "ReadOptions",
    "ReadResult",
    "Severity",
    "detect",
    "formats",
    "read",
]
