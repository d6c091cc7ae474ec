"""Synthetic postcodes are real ones, in the authority or at the distance asked for."""

from __future__ import annotations

import random
import re

import polars as pl

from cscmonitor.model.geography import districts_of, look_up
from cscmonitor.model.geography.placements import METRES_PER_MILE
from cscmonitor.synth.places import CELL, RINGS, Places, spaced

POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$")
SANDWELL = "333"


def miles(found: pl.DataFrame, first: str, second: str) -> float:
    rows = {r["postcode"]: r for r in found.iter_rows(named=True)}
    a, b = rows[first.replace(" ", "")], rows[second.replace(" ", "")]
    return float(((a["easting"] - b["easting"]) ** 2
                  + (a["northing"] - b["northing"]) ** 2) ** 0.5 / METRES_PER_MILE)


def test_spaced_puts_the_space_before_the_inward_code() -> None:
    assert spaced("B160NA") == "B16 0NA"
    assert spaced("WS108DE") == "WS10 8DE"
    assert spaced("M11AA") == "M1 1AA"


def test_homes_are_real_postcodes_in_the_authority() -> None:
    places = Places(SANDWELL)
    rng = random.Random(3)
    homes = [places.home(rng) for _ in range(300)]
    assert all(POSTCODE.match(h) for h in homes)
    found = look_up(homes)
    assert found.height == len(set(homes))
    assert set(found["district"]) <= set(districts_of(SANDWELL))
    assert {places.la_of(h) for h in homes} == {SANDWELL}


def test_placements_fall_in_the_ring_drawn() -> None:
    places = Places(SANDWELL)
    rng = random.Random(4)
    for ring, (low, high) in enumerate(RINGS):
        weights = tuple(1.0 if r == ring else 0.0 for r in range(len(RINGS)))
        pairs = []
        for _ in range(40):
            home = places.home(rng)
            pairs.append((home, places.around(rng, home, weights)))
        found = look_up([p for pair in pairs for p in pair])
        for home, placed in pairs:
            assert placed != home and POSTCODE.match(placed)
            # a ring is measured between grid cells' centres: each postcode is up to half a
            # cell's diagonal from its cell's centre
            slack = CELL * 2 ** 0.5 / METRES_PER_MILE
            assert low - slack <= miles(found, home, placed) <= high + slack


def test_inside_keeps_a_placement_in_the_authority() -> None:
    places = Places(SANDWELL)
    rng = random.Random(5)
    near = (1.0, 1.0, 1.0, 0.0, 0.0, 0.0)
    placed = [places.around(rng, places.home(rng), near, inside=True) for _ in range(200)]
    assert {places.la_of(p) for p in placed} == {SANDWELL}
    outside = [places.around(rng, places.home(rng), near) for _ in range(200)]
    authorities = {places.la_of(p) for p in outside}
    assert SANDWELL in authorities and len(authorities) > 2  # Birmingham, Dudley, Walsall...
    found = look_up(placed + outside)
    assert found.height == len(set(placed + outside))


def test_the_same_seed_draws_the_same_postcodes() -> None:
    def draws(seed: int) -> list[str]:
        places, rng = Places(SANDWELL), random.Random(seed)
        return [places.around(rng, places.home(rng), (1, 1, 1, 1, 1, 1)) for _ in range(50)]

    assert draws(6) == draws(6) != draws(7)
