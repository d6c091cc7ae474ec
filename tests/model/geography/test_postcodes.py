from pathlib import Path

import polars as pl
import pytest

from cscmonitor.model.geography import postcodes
from cscmonitor.model.geography.postcodes import in_districts, look_up, normalise


def test_normalise_ignores_case_and_spaces_and_blanks() -> None:
    frame = pl.DataFrame({"p": ["b70 9ld", " B70  9LD ", "", None]})
    assert frame.select(normalise(pl.col("p")))["p"].to_list() == ["B709LD", "B709LD", None, None]


def test_look_up_finds_real_postcodes_only() -> None:
    found = look_up(["b70 9ld", "B70 9LD", "ZZ99 9ZZ", "", None])
    assert found.to_dicts() == [{"postcode": "B709LD", "district": "E08000028",
                                 "easting": 399910.0, "northing": 291729.0}]


def test_look_up_of_nothing_is_empty() -> None:
    assert look_up([]).schema == postcodes.SCHEMA
    assert look_up(["ZZ99 9ZZ"]).is_empty()


def test_in_districts_gives_only_those_districts() -> None:
    sandwell = in_districts(["E08000028"])
    assert sandwell.height > 5000
    assert set(sandwell["district"]) == {"E08000028"}
    assert sandwell["easting"].null_count() == 0


def test_the_cache_is_built_by_area(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shetland = [p for p in postcodes._package_files() if p.name.endswith("_Z.msgpack.br")]
    monkeypatch.setattr(postcodes, "_package_files", lambda: shetland)
    target = tmp_path / "postcodes"
    postcodes._build(target)
    assert [p.name for p in target.iterdir()] == ["ZE.parquet"]
    built = pl.read_parquet(target / "ZE.parquet")
    assert built["postcode"].is_sorted() and built["postcode"].str.starts_with("ZE").all()
    assert not list(tmp_path.glob(".postcodes-*"))  # no staging folder left behind
    postcodes._build(target)  # built again, e.g. by another process: the first copy stays
    assert (target / "ZE.parquet").exists()
