"""A small test-only return ("toy") covering every column type, so the warehouse is tested
without depending on any real return's definition."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import polars as pl

from cscmonitor.formats import Issue, ReadResult
from cscmonitor.model import Code, CodeList, Column, ColumnType, Registry, ReturnSpec, Table

SEX = CodeList("toy.sex", "Sex", (Code("1", "Male"), Code("2", "Female")))

CHILD = Table(
    name="toy_child",
    return_name="toy",
    title="Children",
    description="One row per child.",
    key=("CHILD",),
    child_id="CHILD",
    columns=(
        Column("CHILD", ColumnType.STRING, "Child id.", mandatory=True),
        Column("SEX", ColumnType.CODE, "Sex.", codelist="toy.sex"),
        Column("DOB", ColumnType.DATE, "Date of birth."),
    ),
)
EPISODE = Table(
    name="toy_episode",
    return_name="toy",
    title="Episodes",
    description="One row per episode.",
    key=("CHILD", "DECOM"),
    child_id="CHILD",
    columns=(
        Column("CHILD", ColumnType.STRING, "Child id.", mandatory=True),
        Column("DECOM", ColumnType.DATE, "Start."),
        Column("SENT", ColumnType.DATETIME, "Sent at."),
        Column("MOVES", ColumnType.INTEGER, "Moves."),
        Column("COST", ColumnType.DECIMAL, "Cost."),
        Column("OPEN", ColumnType.BOOLEAN, "Still open."),
    ),
)
NOTE = Table(
    name="toy_note",
    return_name="toy",
    title="Notes",
    description="A table without a child id.",
    key=("TEXT",),
    columns=(Column("TEXT", ColumnType.STRING, "Text."),),
)


def toy_spec(*tables: Table) -> ReturnSpec:
    return ReturnSpec("toy", "Toy return", "For tests.", tables or (CHILD, EPISODE, NOTE),
                      (2024, 2025))


def toy_registry(*tables: Table) -> Registry:
    return Registry([toy_spec(*tables)], {"toy.sex": SEX})


def child_frame(rows: list[tuple[str, str | None, date | None]]) -> pl.DataFrame:
    return pl.DataFrame(
        [(*row, line) for line, row in enumerate(rows, start=2)],
        schema=CHILD.polars_schema(), orient="row",
    )


def episode_frame(children: list[str]) -> pl.DataFrame:
    rows = [
        (child, date(2024, 5, 1), datetime(2024, 5, 1, 9, 30), 2, 12.5, True, line)
        for line, child in enumerate(children, start=2)
    ]
    return pl.DataFrame(rows, schema=EPISODE.polars_schema(), orient="row")


def toy_result(folder: Path, name: str = "toy.csv", *, content: str | None = None,
               children: tuple[str, ...] = ("A1", "B2"), year: int = 2025,
               la_code: str | None = "333", issues: list[Issue] | None = None) -> ReadResult:
    """A result for a file written into ``folder``; its bytes decide the snapshot identity."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content if content is not None else f"{year}:{la_code}:{children}")
    return ReadResult(
        return_name="toy",
        format="toy-csv",
        collection_year=year,
        tables={
            "toy_child": child_frame([(c, "1", date(2010, 1, 1)) for c in children]),
            "toy_episode": episode_frame(list(children)),
        },
        files=[path],
        issues=issues if issues is not None else [],
        reference_date=date(year, 3, 31),
        la_code=la_code,
    )
