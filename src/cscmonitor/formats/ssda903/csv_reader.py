"""Reading the SSDA903 CSV set: one file per table, recognised by its columns.

The files carry no year, local authority or table name, so each file's table comes from its
header row (``recognise``) and the year from the user or, failing that, from the latest episode
start date (``years`` explains why no other date decides it). Whatever the
encoding, delimiter, header spelling or date style of the export, values reach the canonical
tables only through ``read_delimited``, ``to_raw`` and ``coerce``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cscmonitor.formats.delimited import header_cells, read_delimited, to_raw
from cscmonitor.formats.issues import Issue, fatal
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult
from cscmonitor.formats.source import read_bytes
from cscmonitor.formats.ssda903.assemble import RawTable, finish
from cscmonitor.formats.ssda903.recognise import candidates, recognise
from cscmonitor.model import ROW

FORMAT = "ssda903-csv"


def sniff(path: Path, head: bytes) -> bool:
    """Whether the first line is the header row of an SSDA903 table."""
    return bool(candidates(header_cells(head, path.name)))


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    """One return from a set of table files (any subset of the tables, in any order)."""
    raws: list[RawTable] = []
    issues: list[Issue] = []
    for path in paths:
        frame = read_delimited(read_bytes(path, options.limits), path.name)
        table = recognise((c for c in frame.columns if c != ROW), path.name)
        same = [r.file for r in raws if r.table.name == table.name]
        if same:
            raise fatal(path.name, "wrong-format",
                        f"one file per table; {same[0]} already holds {table.name}",
                        table=table.name)
        raw, problems = to_raw(frame, table, path.name)
        raws.append(RawTable(table, raw, path.name))
        issues += problems
    return finish(raws, paths, FORMAT, options, issues)
