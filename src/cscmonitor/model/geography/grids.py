"""Northern Ireland's grid references moved onto the British National Grid.

The ONS Postcode Directory gives Northern Irish postcodes on the Irish Grid, everything else on
the British National Grid, so a distance between a Birmingham home and a Belfast placement
needs one of them converted first. The conversion goes through latitude and longitude with the
Ordnance Survey's Transverse Mercator formulas ("A guide to coordinate systems in Great
Britain", annex C): inverse on the Irish Grid (Airy Modified ellipsoid), forward on the
National Grid (Airy 1830). The small shift between the Ireland 1965 and OSGB36 datums (tens of
metres) is left out: distances are reported to a tenth of a mile (161 metres).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class Grid:
    """A Transverse Mercator grid: ellipsoid semi-axes, scale on the central meridian, true
    origin (degrees) and the false origin's grid position (metres)."""

    a: float
    b: float
    scale: float
    latitude0: float
    longitude0: float
    easting0: float
    northing0: float

    @property
    def e2(self) -> float:
        return (self.a ** 2 - self.b ** 2) / self.a ** 2

    @property
    def n(self) -> float:
        return (self.a - self.b) / (self.a + self.b)


IRISH_GRID = Grid(6377340.189, 6356034.447, 1.000035, 53.5, -8.0, 200000.0, 250000.0)
NATIONAL_GRID = Grid(6377563.396, 6356256.909, 0.9996012717, 49.0, -2.0, 400000.0, -100000.0)


def _meridional_arc(grid: Grid, latitude: pl.Expr) -> pl.Expr:
    n, phi0 = grid.n, math.radians(grid.latitude0)
    difference, total = latitude - phi0, latitude + phi0
    return grid.b * grid.scale * (
        (1 + n + 5 / 4 * n ** 2 + 5 / 4 * n ** 3) * difference
        - (3 * n + 3 * n ** 2 + 21 / 8 * n ** 3) * difference.sin() * total.cos()
        + (15 / 8 * n ** 2 + 15 / 8 * n ** 3) * (2 * difference).sin() * (2 * total).cos()
        - 35 / 24 * n ** 3 * (3 * difference).sin() * (3 * total).cos())


def _radii(grid: Grid, latitude: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The radii of curvature ν (prime vertical) and ρ (meridian) at ``latitude``."""
    base = 1 - grid.e2 * latitude.sin() ** 2
    nu = grid.a * grid.scale / base.sqrt()
    rho = grid.a * grid.scale * (1 - grid.e2) / base ** 1.5
    return nu, rho


def _to_latitude_longitude(grid: Grid, points: pl.DataFrame) -> pl.DataFrame:
    """``easting, northing`` columns as ``latitude, longitude`` (radians)."""
    easting, northing = pl.col("easting"), pl.col("northing")
    latitude = pl.col("latitude")
    points = points.with_columns(
        ((northing - grid.northing0) / (grid.a * grid.scale)
         + math.radians(grid.latitude0)).alias("latitude"))
    for _ in range(6):  # converges to well under a millimetre; one column per step keeps the
        # expression small
        points = points.with_columns(latitude + (
            northing - grid.northing0 - _meridional_arc(grid, latitude)) / (grid.a * grid.scale))
    nu, rho = _radii(grid, latitude)
    points = points.with_columns(nu.alias("nu"), rho.alias("rho"))
    nu, rho = pl.col("nu"), pl.col("rho")
    eta2 = nu / rho - 1
    tan, sec = latitude.tan(), 1 / latitude.cos()
    de = easting - grid.easting0
    vii = tan / (2 * rho * nu)
    viii = tan / (24 * rho * nu ** 3) * (5 + 3 * tan ** 2 + eta2 - 9 * tan ** 2 * eta2)
    ix = tan / (720 * rho * nu ** 5) * (61 + 90 * tan ** 2 + 45 * tan ** 4)
    x = sec / nu
    xi = sec / (6 * nu ** 3) * (nu / rho + 2 * tan ** 2)
    xii = sec / (120 * nu ** 5) * (5 + 28 * tan ** 2 + 24 * tan ** 4)
    xiia = sec / (5040 * nu ** 7) * (61 + 662 * tan ** 2 + 1320 * tan ** 4 + 720 * tan ** 6)
    return points.select(
        (latitude - vii * de ** 2 + viii * de ** 4 - ix * de ** 6).alias("latitude"),
        (math.radians(grid.longitude0) + x * de - xi * de ** 3 + xii * de ** 5
         - xiia * de ** 7).alias("longitude"))


def _to_grid(grid: Grid, points: pl.DataFrame) -> pl.DataFrame:
    """``latitude, longitude`` columns (radians) as ``easting, northing``."""
    latitude, longitude = pl.col("latitude"), pl.col("longitude")
    nu, rho = _radii(grid, latitude)
    points = points.with_columns(nu.alias("nu"), rho.alias("rho"))
    nu, rho = pl.col("nu"), pl.col("rho")
    eta2 = nu / rho - 1
    sin, cos, tan = latitude.sin(), latitude.cos(), latitude.tan()
    dl = longitude - math.radians(grid.longitude0)
    i = _meridional_arc(grid, latitude) + grid.northing0
    ii = nu / 2 * sin * cos
    iii = nu / 24 * sin * cos ** 3 * (5 - tan ** 2 + 9 * eta2)
    iiia = nu / 720 * sin * cos ** 5 * (61 - 58 * tan ** 2 + tan ** 4)
    iv = nu * cos
    v = nu / 6 * cos ** 3 * (nu / rho - tan ** 2)
    vi = nu / 120 * cos ** 5 * (5 - 18 * tan ** 2 + tan ** 4 + 14 * eta2 - 58 * tan ** 2 * eta2)
    return points.select(
        (grid.easting0 + iv * dl + v * dl ** 3 + vi * dl ** 5).alias("easting"),
        (i + ii * dl ** 2 + iii * dl ** 4 + iiia * dl ** 6).alias("northing"))


def irish_to_british(points: pl.DataFrame) -> pl.DataFrame:
    """``easting, northing`` on the Irish Grid (metres) as the same columns on the British
    National Grid, row for row."""
    return _to_grid(NATIONAL_GRID, _to_latitude_longitude(IRISH_GRID, points))
