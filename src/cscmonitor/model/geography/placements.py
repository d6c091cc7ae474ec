"""A placement's geography, derived as DfE derives it from an episode's two postcodes.

DfE's SSDA903 return does not ask for these fields; DfE's system computes them, and its rules
check them:
- ``PL_DISTANCE``: miles between the home postcode (``HOME_POST``) and the placement postcode
  (``PL_POST``): the straight line between the two grid references, in metres divided by 1,000
  and by 1.6093 (kilometres to miles), to one decimal place.
- ``PL_LA``: the authority the placement postcode is in, as DfE's 3-digit LA code, or ``WAL``,
  ``SCO``, ``NIR`` or ``NUK`` (outside the UK: the Channel Islands and the Isle of Man).
- ``PL_LOCATION``: ``IN`` when that is the submitting authority, ``OUT`` otherwise.

``HOME_POST_FOUND`` and ``PL_POST_FOUND`` say whether a postcode given was found in the ONS
Postcode Directory (null when the postcode is blank). A derived field is null when a postcode
it needs is blank or not found, or, for ``PL_LOCATION``, when the authority is not known.
"""

from __future__ import annotations

import polars as pl

from cscmonitor.model.geography.authorities import authority_of
from cscmonitor.model.geography.postcodes import look_up, normalise
from cscmonitor.model.schema import ROW

METRES_PER_MILE = 1000 * 1.6093
"""DfE's conversion: metres to kilometres, then kilometres to miles at 1.6093."""

SCHEMA = pl.Schema({
    ROW: pl.Int64(), "CHILD": pl.String(), "HOME_POST_FOUND": pl.Boolean(),
    "PL_POST_FOUND": pl.Boolean(), "PL_DISTANCE": pl.Float64(), "PL_LA": pl.String(),
    "PL_LOCATION": pl.String()})


def placement_geography(episodes: pl.DataFrame, la_code: str | None) -> pl.DataFrame:
    """One row (``SCHEMA``) per episode of ``episodes`` (an ``ssda903_episodes`` frame), for a
    return submitted by the authority ``la_code`` (DfE's 3-digit code, or None if unknown)."""
    keyed = episodes.select(ROW, "CHILD", normalise(pl.col("HOME_POST")).alias("home"),
                            normalise(pl.col("PL_POST")).alias("place"))
    directory = look_up(pl.concat([keyed["home"], keyed["place"]]))
    home = directory.rename({"postcode": "home", "easting": "home_e", "northing": "home_n"})
    place = directory.rename({"postcode": "place", "district": "place_district",
                              "easting": "place_e", "northing": "place_n"})
    joined = (keyed.join(home.drop("district"), on="home", how="left")
              .join(place, on="place", how="left"))
    distance = ((pl.col("home_e") - pl.col("place_e")) ** 2
                + (pl.col("home_n") - pl.col("place_n")) ** 2).sqrt() / METRES_PER_MILE
    authority = authority_of(pl.col("place_district"))
    location = (pl.lit(None, pl.String()) if la_code is None else
                pl.when(authority.is_null()).then(None)
                .when(authority == la_code).then(pl.lit("IN")).otherwise(pl.lit("OUT")))
    return joined.select(
        ROW, "CHILD",
        pl.when(pl.col("home").is_not_null()).then(
            pl.col("home").is_in(directory["postcode"].implode())).alias("HOME_POST_FOUND"),
        pl.when(pl.col("place").is_not_null()).then(
            pl.col("place").is_in(directory["postcode"].implode())).alias("PL_POST_FOUND"),
        distance.round(1).alias("PL_DISTANCE"),
        authority.alias("PL_LA"),
        location.alias("PL_LOCATION"),
    ).cast(dict(SCHEMA))  # type: ignore[arg-type]
