"""The postcodes a synthetic authority writes are real, and its placements as far from home as
real authorities' are."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from cscmonitor.formats import ReadOptions, read
from cscmonitor.model import ROW
from cscmonitor.model.geography import look_up, placement_geography
from cscmonitor.synth import generate

YEAR = 2025


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("postcodes")
    generate(out, "sandwell-like", [YEAR], seed=11, population=40_000)
    return out


def tables(out: Path, folder: str) -> dict[str, pl.DataFrame]:
    (result,) = read([out / "333" / str(YEAR) / folder], ReadOptions(year=YEAR))
    assert not result.issues
    return result.tables


def test_every_postcode_written_is_in_the_postcode_directory(written: Path) -> None:
    episodes = tables(written, "ssda903")["ssda903_episodes"]
    (annex,) = read([written / "333" / str(YEAR) / "annex_a" / f"{YEAR}-03-31"])
    placements = annex.tables["annex_a_list_8"]
    postcodes = set(pl.concat([episodes["HOME_POST"], episodes["PL_POST"],
                               placements["placement_postcode"]]).drop_nulls())
    assert len(postcodes) > 500
    found = set(look_up(postcodes)["postcode"])
    assert {p for p in postcodes if p.replace(" ", "") not in found} == set()
    assert all(p[-4] == " " for p in postcodes)  # written the usual way: "B69 3DE"


def test_about_one_child_in_five_is_placed_over_20_miles_from_home(written: Path) -> None:
    episodes = tables(written, "ssda903")["ssda903_episodes"]
    geography = placement_geography(episodes, "333").join(
        episodes.select(ROW, "DEC", "LS"), on=ROW)
    at_year_end = geography.filter(pl.col("DEC").is_null()
                                   & ~pl.col("LS").is_in(["V3", "V4"]))
    measured = at_year_end.drop_nulls("PL_DISTANCE")
    # only UASC children (no home postcode) go unmeasured
    assert measured.height > 0.9 * at_year_end.height > 300
    assert 0.10 <= (measured["PL_DISTANCE"] > 20).mean() <= 0.35  # type: ignore[operator]
    outside = (measured["PL_LOCATION"] == "OUT").mean()
    assert 0.2 <= outside <= 0.6  # type: ignore[operator]
    assert measured["PL_DISTANCE"].max() <= 350  # type: ignore[operator]
    parents = measured.filter(pl.col(ROW).is_in(
        episodes.filter(pl.col("PLACE") == "P1")[ROW].implode()))
    assert parents["PL_DISTANCE"].median() == 0  # mostly at home itself
    assert parents["PL_DISTANCE"].max() <= 25  # type: ignore[operator]


def test_injected_postcodes_do_not_exist(tmp_path: Path) -> None:
    generate(tmp_path, "sandwell-like", [YEAR], seed=3, population=8_000, inject_errors=0.05)
    with (tmp_path / "ground_truth.csv").open() as handle:
        spoiled = [f for f in csv.DictReader(handle) if f["kind"] == "non-existent-postcode"]
    assert spoiled
    assert look_up(f["injected"] for f in spoiled).is_empty()
    originals = {f["original"].replace(" ", "") for f in spoiled}
    assert set(look_up(originals)["postcode"]) == originals

