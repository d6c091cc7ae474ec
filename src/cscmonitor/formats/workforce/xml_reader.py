"""Reading the workforce census XML (DfE's 2022 schema layout) into its three tables.

The tree is walked once: Header (CollectionDetails and Source), LALevelVacancies, then every
CSWWWorker, each value appended to its table's column lists. Records keep the line of their
element in ``_row``. Elements the schema does not have, or has fewer times, are reported and
skipped. The schema lets a few worker elements repeat (QualInst, ContractWeeks, Absat30Sept,
ReasonAbsence, CFKSSstatus), but the canonical worker holds one value of each, so a repeat is
reported (``too-many``) and the first value kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import polars as pl
from lxml import etree

from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.source import read_bytes
from cscmonitor.formats.values import Located, coerce
from cscmonitor.formats.workforce.census import collection_year, pattern_issues
from cscmonitor.formats.xml import line_of, local_name, parse_xml
from cscmonitor.model import ROW, Table
from cscmonitor.model.returns.workforce import HEADER, RETURN, VACANCY, WORKER, census_date

FORMAT = "workforce-xml"
REPEATABLE = frozenset({"QualInst", "ContractWeeks", "Absat30Sept", "ReasonAbsence",
                        "CFKSSstatus"})
"""Worker elements the schema lets repeat (maxOccurs unbounded)."""

HEADER_PARTS: dict[str, tuple[str, ...]] = {
    "CollectionDetails": ("Collection", "Year", "ReferenceDate"),
    "Source": ("SourceLevel", "LEA", "SoftwareCode", "DateTime"),
}
_SNIFF = re.compile(rb"<(?:[\w.-]+:)?(?:CSWWWorker|LALevelVacancies)\b"
                    rb"|<(?:[\w.-]+:)?Collection>\s*CSWW\s*<")

Record = dict[str, str | None]


def sniff(path: Path, head: bytes) -> bool:
    """An XML document whose content is the workforce census (CIN shares its root, Message)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and _SNIFF.search(head) is not None


class _Walk:
    """One pass over the document, collecting records and structural issues."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.issues: list[Issue] = []
        self.header: Record = {}
        self.vacancy: Record = {}
        self.workers: dict[str, list[str | None]] = {n: [] for n in (*WORKER.column_names,
                                                                      ROW)}

    def _issue(self, code: str, expected: str, element: etree._Element, table: Table | None,
               field: str | None = None) -> None:
        self.issues.append(Issue(file=self.file, code=code, expected=expected,
                                 line=line_of(element), field=field,
                                 table=table.name if table else None))

    def _text_check(self, element: etree._Element, table: Table | None) -> None:
        if (element.text or "").strip():
            self._issue("unexpected-element", f"only elements inside {local_name(element)}",
                        element, table, local_name(element))

    def fill(self, element: etree._Element, record: Record, fields: Sequence[str],
             table: Table) -> None:
        """Copy ``element``'s leaf children named in ``fields`` into ``record``."""
        self._text_check(element, table)
        for child in element:
            name = local_name(child)
            if name not in fields:
                self._issue("unexpected-element", f"one of {', '.join(fields)} inside "
                            f"{local_name(element)}", child, table, name)
            elif name in record:
                why = ("one per worker; the first was kept" if name in REPEATABLE
                       else f"at most one inside {local_name(element)}; the first was kept")
                self._issue("too-many", why, child, table, name)
            else:
                if len(child):
                    self._issue("unexpected-element", f"text only inside {name}", child[0],
                                table, local_name(child[0]))
                record[name] = child.text

    def header_part(self, element: etree._Element) -> None:
        self._text_check(element, HEADER)
        self.header[ROW] = str(line_of(element))
        seen: set[str] = set()
        for part in element:
            name = local_name(part)
            if name not in HEADER_PARTS:
                self._issue("unexpected-element", "CollectionDetails or Source inside Header",
                            part, HEADER, name)
            elif name in seen:
                self._issue("too-many", f"one {name} (a return from one authority); the first "
                            "was kept", part, HEADER, name)
            else:
                seen.add(name)
                self.fill(part, self.header, HEADER_PARTS[name], HEADER)

    def worker(self, element: etree._Element) -> None:
        record: Record = {}
        self.fill(element, record, WORKER.column_names, WORKER)
        for name in WORKER.column_names:
            self.workers[name].append(record.get(name))
        self.workers[ROW].append(str(line_of(element)))

    def message(self, root: etree._Element) -> None:
        self._text_check(root, None)
        for element in root:
            name = local_name(element)
            if name == "Header" and ROW not in self.header:
                self.header_part(element)
            elif name == "LALevelVacancies" and not self.vacancy:
                self.vacancy[ROW] = str(line_of(element))
                self.fill(element, self.vacancy, VACANCY.column_names, VACANCY)
            elif name == "CSWWWorker":
                self.worker(element)
            elif name in ("Header", "LALevelVacancies"):
                table = HEADER if name == "Header" else VACANCY
                self._issue("too-many", f"one {name}; the first was kept", element, table, name)
            else:
                self._issue("unexpected-element", "Header, LALevelVacancies or CSWWWorker "
                            "inside Message", element, None, name)
        if not self.vacancy:
            self._issue("missing-mandatory", "a LALevelVacancies element", root, VACANCY,
                        "LALevelVacancies")
        if not self.workers[ROW]:
            self._issue("missing-mandatory", "at least one CSWWWorker element", root, WORKER,
                        "CSWWWorker")


def _raw(columns: dict[str, list[str | None]]) -> pl.DataFrame:
    raw = pl.DataFrame(columns, schema={n: pl.String for n in columns})
    return raw.with_columns(pl.col(ROW).cast(pl.Int64))


def _single(record: Record) -> dict[str, list[str | None]]:
    return {name: [value] for name, value in record.items()} if record else {ROW: []}


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """Read one workforce census XML file."""
    if len(paths) != 1:
        raise ValueError("a workforce census XML file is read on its own")
    path = paths[0]
    file = path.name
    root = parse_xml(read_bytes(path, options.limits), file)
    if local_name(root) != "Message":
        raise fatal(file, "wrong-format", "a workforce census XML file (root element Message)",
                    line=line_of(root), value=local_name(root))
    walk = _Walk(file)
    walk.message(root)
    if not (walk.header or walk.vacancy or walk.workers[ROW]):
        raise fatal(file, "empty", "a workforce census with a header, vacancies or workers")
    raws = {HEADER.name: _raw(_single(walk.header)),
            VACANCY.name: _raw(_single(walk.vacancy)),
            WORKER.name: _raw(walk.workers)}
    stated, _ = coerce(raws[HEADER.name], HEADER, None, Located(file, HEADER.name))
    reference = stated["ReferenceDate"][0] if stated.height else None
    stated_year = stated["Year"][0] if stated.height else None
    year, issues = collection_year(file, options.year, reference, stated_year)
    issues = walk.issues + issues
    tables = {}
    for table in (HEADER, VACANCY, WORKER):
        tables[table.name], problems = coerce(raws[table.name], table, year,
                                              Located(file, table.name))
        issues += pattern_issues(raws[table.name], table.name, file) + problems
    la_code = stated["LEA"][0] if stated.height else None
    return ReadResult(return_name=RETURN.name, format=FORMAT, collection_year=year,
                      tables=tables, files=[path], issues=issues,
                      reference_date=reference or census_date(year), la_code=la_code)
