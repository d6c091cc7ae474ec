import polars as pl

from cscmonitor.model.geography import placement_geography


def _episodes(*pairs: tuple[str | None, str | None]) -> pl.DataFrame:
    return pl.DataFrame({"_row": list(range(2, len(pairs) + 2)),
                         "CHILD": [str(n) for n in range(len(pairs))],
                         "HOME_POST": [home for home, _ in pairs],
                         "PL_POST": [place for _, place in pairs]},
                        schema={"_row": pl.Int64(), "CHILD": pl.String(),
                                "HOME_POST": pl.String(), "PL_POST": pl.String()})


def test_distance_is_miles_between_grid_references_to_one_decimal() -> None:
    # B70 9LD (399910, 291729) to B69 3DE (399482, 289566): 2,204.9 m, 1.37 miles.
    [row] = placement_geography(_episodes(("B70 9LD", "b69 3de")), "333").to_dicts()
    assert row == {"_row": 2, "CHILD": "0", "HOME_POST_FOUND": True, "PL_POST_FOUND": True,
                   "PL_DISTANCE": 1.4, "PL_LA": "333", "PL_LOCATION": "IN"}


def test_placements_elsewhere_are_out() -> None:
    derived = placement_geography(_episodes(("B70 9LD", "WS10 8DE"), ("B70 9LD", "LL11 1AA")),
                                  "333")
    assert derived["PL_LA"].to_list() == ["335", "WAL"]
    assert derived["PL_LOCATION"].to_list() == ["OUT", "OUT"]


def test_blank_and_unknown_postcodes() -> None:
    derived = placement_geography(
        _episodes((None, "B69 3DE"), ("ZZ99 9ZZ", "B69 3DE"), ("B70 9LD", None)), "333")
    assert derived["HOME_POST_FOUND"].to_list() == [None, False, True]
    assert derived["PL_POST_FOUND"].to_list() == [True, True, None]
    assert derived["PL_DISTANCE"].to_list() == [None, None, None]
    assert derived["PL_LA"].to_list() == ["333", "333", None]


def test_location_needs_the_authority() -> None:
    derived = placement_geography(_episodes(("B70 9LD", "B69 3DE")), None)
    assert derived["PL_LA"].to_list() == ["333"]
    assert derived["PL_LOCATION"].to_list() == [None]


def test_northern_ireland_is_measured_on_the_same_grid() -> None:
    # Belfast's grid reference is on the Irish Grid in the directory; about 216 miles from
    # West Bromwich, not the 65.7 a mixed-grid distance would give.
    [row] = placement_geography(_episodes(("B70 9LD", "BT1 1AA")), "333").to_dicts()
    assert row["PL_LA"] == "NIR"
    assert row["PL_DISTANCE"] == 216.1
