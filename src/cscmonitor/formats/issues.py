"""Located problems found while reading a statutory file.

Every problem names the file, the line (CSV/XML) or sheet and row (workbooks), the table and
field, the value found and what was expected. ``fatal`` problems stop the load; ``warning``
problems are kept with the snapshot so validation and analysts can act on them. Each issue
code is explained in ``docs/errors.md``, generated from ``ISSUE_CODES``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    FATAL = "fatal"
    WARNING = "warning"


ISSUE_CODES: dict[str, tuple[Severity, str]] = {
    "too-large": (Severity.FATAL, "The file is bigger than the configured limit "
                  "(CSCMONITOR_MAX_FILE_MB). Raise the limit if the file is genuine."),
    "compression-bomb": (Severity.FATAL, "The workbook would expand to far more data than its "
                         "size suggests, the pattern of a decompression bomb; it was not opened."),
    "unsafe-content": (Severity.FATAL, "The XML declares a DOCTYPE or entities. Statutory returns "
                       "never do; such files can expand without limit or reach out to the "
                       "network, so they are refused."),
    "malformed": (Severity.FATAL, "The file cannot be parsed as the format it claims (for XML, "
                  "not well-formed; for CSV, not a delimited table; for workbooks, not a "
                  "readable .xlsx)."),
    "encoding": (Severity.FATAL, "The bytes are neither UTF-8 (with or without BOM) nor "
                 "Windows-1252 text."),
    "wrong-format": (Severity.FATAL, "The file is not any statutory format cscmonitor knows, or "
                     "not the one it was said to be."),
    "missing-column": (Severity.FATAL, "A column the table must have is absent from the header, "
                       "so the table cannot be read."),
    "unknown-year": (Severity.FATAL, "The collection year cannot be told from the file; give it "
                     "with --year."),
    "unsupported-year": (Severity.FATAL, "The file is for a collection year cscmonitor does not "
                         "read for this return."),
    "empty": (Severity.FATAL, "The file holds no records at all."),
    "unknown-code": (Severity.WARNING, "The value is not a code of the field's DfE code list "
                     "for that collection year (it may be retired, misspelt or local)."),
    "impossible-date": (Severity.WARNING, "The value is shaped like a date but no such day "
                        "exists (for example 31/02/2024). The field is stored empty."),
    "not-a-date": (Severity.WARNING, "The value is not a date in any accepted form "
                   "(dd/mm/yyyy, yyyy-mm-dd or an Excel serial number). Stored empty."),
    "not-a-number": (Severity.WARNING, "The value should be a number. Stored empty."),
    "not-a-boolean": (Severity.WARNING, "The value should be true/false, 1/0 or yes/no. "
                      "Stored empty."),
    "missing-mandatory": (Severity.WARNING, "A field the return requires is blank or absent."),
    "invalid-pattern": (Severity.WARNING, "The value does not have the shape the specification "
                        "requires (for example a UPN or a postcode)."),
    "too-long": (Severity.WARNING, "The value is longer than the specification allows."),
    "unexpected-element": (Severity.WARNING, "An XML element or text appears where the "
                           "return's schema does not allow it; it was ignored."),
    "too-many": (Severity.WARNING, "An XML element appears more often than the schema allows."),
    "unknown-column": (Severity.WARNING, "A column that is not part of the table was ignored."),
    "unrecognised-part": (Severity.WARNING, "A sheet or table of the file matched none of the "
                          "return's tables and was ignored."),
    "year-mismatch": (Severity.WARNING, "The year stated in the file disagrees with the year "
                      "its dates or the user gave; the stated or given year was used."),
}


@dataclass(frozen=True)
class Issue:
    """One located problem in an input file."""

    file: str
    code: str
    expected: str
    line: int | None = None
    sheet: str | None = None
    table: str | None = None
    field: str | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        if self.code not in ISSUE_CODES:
            raise ValueError(f"undocumented issue code {self.code!r}")

    @property
    def severity(self) -> Severity:
        return ISSUE_CODES[self.code][0]

    @property
    def location(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet!r}")
        if self.line is not None:
            parts.append(f"{'row' if self.sheet is not None else 'line'} {self.line}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location
        what = ".".join(p for p in (self.table, self.field) if p)
        found = f" {what}" if what else ""
        if self.value is not None:
            found += f" = {self.value!r}"
        return f"{where}:{found} [{self.code}] {self.expected}"

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["severity"] = self.severity.value
        return record


class FormatError(Exception):
    """A fatal problem: the file cannot be loaded. Nothing is stored."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = list(issues)
        if not self.issues:
            raise ValueError("FormatError needs at least one issue")
        lines = [str(i) for i in self.issues[:10]]
        if len(self.issues) > 10:
            lines.append(f"... and {len(self.issues) - 10} more")
        super().__init__("\n".join(lines))


def fatal(file: str, code: str, expected: str, **where: Any) -> FormatError:
    """Build the error for one fatal issue (``raise fatal(...)``)."""
    issue = Issue(file=file, code=code, expected=expected, **where)
    if issue.severity is not Severity.FATAL:
        raise ValueError(f"issue code {code!r} is not fatal")
    return FormatError([issue])
