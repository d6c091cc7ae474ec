"""A test-only statutory format for the toy return, so the CLI is tested on files whose every
problem is known, independently of the real readers.

Layout: ``TOY <year>? <la>?`` on line 1, a ``CHILD,DOB`` header on line 2, one child per line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import polars as pl

from cscmonitor.formats import FormatSpec, Issue, ReadOptions, ReadResult
from cscmonitor.formats.issues import fatal
from tests.warehouse.toy import CHILD, EPISODE


def sniff(path: Path, head: bytes) -> bool:
    return head.startswith(b"TOY")


def read(paths: Sequence[Path], options: ReadOptions) -> ReadResult:
    [path] = paths
    lines = path.read_text().splitlines()
    stated = lines[0].split()[1:]
    year = int(stated[0]) if stated else options.year
    if year is None:
        raise fatal(path.name, "unknown-year", "a year on line 1, or --year", line=1)
    header = lines[1].split(",") if len(lines) > 1 else []
    for column in ("CHILD", "DOB"):
        if column not in header:
            raise fatal(path.name, "missing-column", f"a {column} column", line=2,
                        table="toy_child", field=column)
    issues = []
    rows = []
    for number, line in enumerate(lines[2:], start=3):
        child, dob = line.split(",")
        try:
            born: date | None = date.fromisoformat(dob)
        except ValueError:
            born = None
            issues.append(Issue(file=path.name, code="not-a-date", expected="a date",
                                line=number, table="toy_child", field="DOB", value=dob))
        rows.append((child, None, born, number))
    return ReadResult(
        return_name="toy", format="toy-text", collection_year=year,
        tables={"toy_child": pl.DataFrame(rows, schema=CHILD.polars_schema(), orient="row"),
                "toy_episode": EPISODE.empty_frame()},
        files=[path], issues=issues, la_code=stated[1] if len(stated) > 1 else None,
    )


def write(tables: Mapping[str, pl.DataFrame], out_dir: Path, year: int) -> list[Path]:
    children = [f"{child},{born.isoformat() if born else ''}"
                for child, born in tables["toy_child"].select("CHILD", "DOB").iter_rows()]
    return [toy_file(out_dir, "toy.txt", f"TOY {year}", children)]


TOY_FORMAT = FormatSpec(name="toy-text", return_name="toy", title="Toy return", sniff=sniff,
                        read=read, write=write)


def toy_file(folder: Path, name: str, first_line: str = "TOY 2025 333",
             children: Sequence[str] = ("A1,2010-01-01", "B2,2011-02-03")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join([first_line, "CHILD,DOB", *children]) + "\n")
    return path
