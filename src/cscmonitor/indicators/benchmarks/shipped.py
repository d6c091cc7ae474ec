"""The copy of DfE's figures shipped inside the package, so benchmarks work offline.

It is the same ``ReferenceTables`` an import stores, written as Parquet files beside an
attribution. ``build`` regenerates it from the official files; a test checks that the shipped
copy equals a fresh build, so it can't drift from its sources.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import polars as pl

from cscmonitor.warehouse.reference_data import REFERENCE_TABLES, ReferenceTables, polars_schema

SHIPPED = "shipped"


def shipped_dir() -> Path:
    return Path(str(resources.files(__package__ or "cscmonitor.indicators.benchmarks")
                    / SHIPPED))


def _file(directory: Path, table: str) -> Path:
    return directory / f"{table}.parquet"


def write_tables(tables: ReferenceTables, directory: Path) -> list[Path]:
    """Write each table as zstd-compressed Parquet; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.conformed().frames().items():
        path = _file(directory, name)
        frame.write_parquet(path, compression="zstd", compression_level=19, statistics=False)
        written.append(path)
    return written


def read_tables(directory: Path) -> ReferenceTables:
    frames = [pl.read_parquet(_file(directory, d.name)).cast(polars_schema(d))
              for d in REFERENCE_TABLES]
    return ReferenceTables(*frames)


def read_shipped() -> ReferenceTables:
    return read_tables(shipped_dir())
