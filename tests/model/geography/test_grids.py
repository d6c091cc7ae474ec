import math

import polars as pl
import pytest

from cscmonitor.model.geography.grids import (
    IRISH_GRID,
    NATIONAL_GRID,
    _to_grid,
    _to_latitude_longitude,
    irish_to_british,
)

# The Ordnance Survey's worked example ("A guide to coordinate systems in Great Britain",
# annex C): 52°39'27.2531"N 1°43'4.5177"E is E 651409.903, N 313177.270 on the National Grid.
LATITUDE = math.radians(52 + 39 / 60 + 27.2531 / 3600)
LONGITUDE = math.radians(1 + 43 / 60 + 4.5177 / 3600)


def test_latitude_and_longitude_to_the_national_grid() -> None:
    point = _to_grid(NATIONAL_GRID, pl.DataFrame({"latitude": [LATITUDE],
                                                  "longitude": [LONGITUDE]}))
    assert point["easting"][0] == pytest.approx(651409.903, abs=0.001)
    assert point["northing"][0] == pytest.approx(313177.270, abs=0.001)


def test_national_grid_to_latitude_and_longitude() -> None:
    point = _to_latitude_longitude(
        NATIONAL_GRID, pl.DataFrame({"easting": [651409.903], "northing": [313177.270]}))
    assert point["latitude"][0] == pytest.approx(LATITUDE, abs=1e-9)
    assert point["longitude"][0] == pytest.approx(LONGITUDE, abs=1e-9)


def test_belfast_moves_from_the_irish_grid_to_the_national_grid() -> None:
    # BT1 1AA on the Irish Grid (as the ONS Postcode Directory gives it): 54.60°N 5.92°W.
    irish = pl.DataFrame({"easting": [334316.0], "northing": [374675.0]})
    place = _to_latitude_longitude(IRISH_GRID, irish)
    assert math.degrees(place["latitude"][0]) == pytest.approx(54.602, abs=0.001)
    assert math.degrees(place["longitude"][0]) == pytest.approx(-5.921, abs=0.001)
    british = irish_to_british(irish)
    back = _to_latitude_longitude(NATIONAL_GRID, british)
    assert back["latitude"][0] == pytest.approx(place["latitude"][0], abs=1e-9)
    assert back["longitude"][0] == pytest.approx(place["longitude"][0], abs=1e-9)
