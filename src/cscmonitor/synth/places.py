"""Real postcodes for a synthetic authority: its children's homes and where they are placed.

DfE derives a placement's distance from home and its authority from the two postcodes of an
episode, and its rules flag a postcode the ONS Postcode Directory does not have, so every
postcode written is a real one. Homes are drawn from the postcodes of the authority's own
districts. A placement's postcode is drawn at a wanted distance from a starting postcode: a
ring (``RINGS``, in miles) is chosen first, then a postcode in that ring, each postcode of
England as likely as any other, so placements go where people live. For speed the country is
cut into square cells of ``CELL`` metres; a ring is the cells whose centres lie in it, worked
out once per starting cell and ring.
"""

from __future__ import annotations

import random
from array import array
from bisect import bisect_right
from copy import copy
from functools import cache
from itertools import accumulate

import polars as pl

from cscmonitor.model.geography import authority_of, districts_of, in_districts, local_authorities
from cscmonitor.model.geography.placements import METRES_PER_MILE

CELL = 5_000
"""Side of a grid cell, in metres."""
RINGS: tuple[tuple[float, float], ...] = ((0, 5), (5, 10), (10, 20), (20, 50), (50, 100),
                                          (100, 250))
"""Distance bands from the starting postcode, in miles (250: well inside DfE's 350)."""
TRIES = 20
"""Draws before giving up on a grid (only ever the starting postcode, in a tiny area)."""


def spaced(postcode: str) -> str:
    """A normalised postcode (``B160NA``) as files write it (``B16 0NA``)."""
    return f"{postcode[:-3]} {postcode[-3:]}"


@cache
def england() -> pl.DataFrame:
    """Every English postcode with a grid reference: ``postcode`` (normalised), ``district``,
    ``la`` (DfE code of its children's services authority), and its grid ``cell``, sorted by
    cell then postcode. Read once per process: one to two seconds."""
    districts = pl.DataFrame({"district": sorted(
        {d for la in local_authorities()["la_code"].unique().to_list() for d in districts_of(la)})})
    authorities = districts.with_columns(authority_of(pl.col("district")).alias("la")).filter(
        pl.col("la").str.contains(r"^\d{3}$"))
    return in_districts(authorities["district"]).select(
        "postcode", "district",
        pl.col("district").replace_strict(authorities["district"], authorities["la"]).alias("la"),
        (pl.col("easting") // CELL).cast(pl.Int32()).alias("x"),
        (pl.col("northing") // CELL).cast(pl.Int32()).alias("y"),
    ).sort("x", "y", maintain_order=True)


class Grid:
    """Postcodes by grid cell, for drawing one at a distance from another."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self.postcodes = frame["postcode"]
        self.authorities = frame["la"]
        self.xs = frame["x"]
        self.ys = frame["y"]
        cells = (frame.with_row_index("at").group_by("x", "y", maintain_order=True)
                 .agg(pl.col("at").first(), pl.len().alias("count")))
        self.cells = cells
        self.rings: dict[tuple[int, int, int], tuple[array[int], array[int]]] = {}

    def fresh(self) -> Grid:
        """The same grid with no ring worked out yet: rings are kept per authority, as all of
        England's would take gigabytes."""
        grid = copy(self)
        grid.rings = {}
        return grid

    def _ring(self, x: int, y: int, ring: int) -> tuple[array[int], array[int]]:
        """The first row of each cell whose centre lies in ``ring`` around cell (x, y), and
        the running total of those cells' postcodes."""
        key = (x, y, ring)
        if key not in self.rings:
            low, high = RINGS[ring]
            miles = (((pl.col("x") - x) ** 2 + (pl.col("y") - y) ** 2).sqrt()
                     * CELL / METRES_PER_MILE)
            chosen = self.cells.filter((miles >= low) & (miles < high))
            self.rings[key] = (array("q", chosen["at"].to_list()),
                               array("q", accumulate(chosen["count"].to_list())))
        return self.rings[key]

    def draw(self, rng: random.Random, x: int, y: int, ring: int) -> int | None:
        """The row of a postcode in ``ring`` around cell (x, y), or None if it has none."""
        starts, totals = self._ring(x, y, ring)
        if not starts:
            return None
        pick = rng.randrange(totals[-1])
        at = bisect_right(totals, pick)
        before = totals[at - 1] if at else 0
        return starts[at] + pick - before


@cache
def _country() -> Grid:
    """England's grid, shared by the authorities a process simulates."""
    return Grid(england())


class Places:
    """The postcodes of one authority's children and placements, with where each lies."""

    def __init__(self, la_code: str) -> None:
        country = england()
        own = country.filter(pl.col("district").is_in(districts_of(la_code)))
        if own.is_empty():
            raise ValueError(f"the postcode directory has no postcode for LA {la_code}")
        self.country = _country().fresh()
        self.own = Grid(own)
        self.homes = [spaced(postcode) for postcode in own["postcode"].to_list()]
        self.located: dict[str, tuple[int, int, str]] = {}
        """Each postcode handed out, as written: its cell and its authority."""
        for postcode, x, y in zip(self.homes, own["x"].to_list(), own["y"].to_list(),
                                  strict=True):
            self.located[postcode] = (x, y, la_code)

    def home(self, rng: random.Random) -> str:
        """A postcode in the authority, any as likely as another."""
        return self.homes[rng.randrange(len(self.homes))]

    def la_of(self, postcode: str) -> str:
        """The DfE code of the authority a postcode handed out lies in."""
        return self.located[postcode][2]

    def around(self, rng: random.Random, origin: str, weights: tuple[float, ...],
               inside: bool = False) -> str:
        """A postcode other than ``origin``, at a distance from it drawn from ``weights`` (one
        per ring of ``RINGS``); ``inside`` keeps it in the authority. ``origin`` is a postcode
        handed out before."""
        x, y, _ = self.located[origin]
        chosen = rng.choices(range(len(RINGS)), weights)[0]
        for grid in (self.own, self.country) if inside else (self.country,):
            ring = chosen
            for _ in range(TRIES):
                row = grid.draw(rng, x, y, ring)
                if row is None:  # nothing that far (the sea, the authority's edge): nearer
                    if ring == 0:
                        break
                    ring -= 1
                    continue
                postcode = spaced(str(grid.postcodes[row]))
                if postcode != origin:
                    self.located.setdefault(postcode, (int(grid.xs[row]), int(grid.ys[row]),
                                                       str(grid.authorities[row])))
                    return postcode
        raise ValueError(f"no postcode found near {origin}")
