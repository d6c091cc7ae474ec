from pathlib import Path

import polars as pl
import pytest

from cscmonitor.model.geography import authority_of, districts_of, local_authorities


def test_each_ons_code_belongs_to_one_authority() -> None:
    authorities = local_authorities()
    assert authorities["ons_code"].is_duplicated().sum() == 0
    assert authorities["la_code"].str.contains(r"^\d{3}$").all()


def test_every_authority_of_another_published_lookup_agrees(reference: Path) -> None:
    lookup = pl.read_csv(reference / "ofsted" / "la_lookup_codes_regions_stat_neighbours.csv",
                         infer_schema=False)
    theirs = set(lookup.select("la_code", "la_code_new").drop_nulls().iter_rows())
    ours = set(local_authorities().select("la_code", "ons_code").iter_rows())
    assert len(theirs) > 150
    assert theirs - ours == set()


@pytest.mark.parametrize(("district", "la_code"), [
    ("E08000028", "333"),   # Sandwell, a metropolitan borough: its own authority
    ("E07000106", "886"),   # Canterbury, a Kent district: Kent County Council
    ("E06000065", "815"),   # North Yorkshire's unitary code since 2023
    ("E07000163", "815"),   # Craven, a North Yorkshire district before 2023
    ("W06000006", "WAL"),
    ("S12000036", "SCO"),
    ("N09000003", "NIR"),
    ("L99999999", "NUK"),   # Channel Islands
    ("M99999999", "NUK"),   # Isle of Man
    ("E99999999", None),
    (None, None),
])
def test_authority_of_a_district(district: str | None, la_code: str | None) -> None:
    frame = pl.DataFrame({"district": [district]}, schema={"district": pl.String()})
    assert frame.select(authority_of(pl.col("district")))["district"][0] == la_code


def test_districts_of_a_county_and_a_borough() -> None:
    assert districts_of("333") == ["E08000028"]
    kent = districts_of("886")
    assert "E07000106" in kent and "E10000016" in kent
