"""A small synthetic authority: its files read cleanly, follow the inclusion rules, repeat."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest
import xmlschema

from cscmonitor.formats import ReadOptions, read
from cscmonitor.model import registry
from cscmonitor.synth import generate
from cscmonitor.synth.identity import upn_check_letter
from cscmonitor.synth.manifest import checksum

YEARS = [2024, 2025]


def run(out: Path, **options: object) -> object:
    arguments: dict[str, object] = {"profile": "sandwell-like", "years": YEARS, "seed": 11,
                                    "population": 12_000}
    arguments.update(options)
    return generate(out, **arguments)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    run(out)
    return out


def manifest(out: Path) -> dict[str, object]:
    return json.loads((out / "manifest.json").read_text())  # type: ignore[no-any-return]


def folders(out: Path) -> list[Path]:
    return sorted({(out / f["path"]).parent for f in manifest(out)["files"]})  # type: ignore[index,union-attr]


def test_every_file_reads_without_issues(clean: Path) -> None:
    for folder in folders(clean):
        for result in read([folder]):
            assert not result.issues, [str(i) for i in result.issues[:5]]


@pytest.mark.parametrize("year", YEARS)
def test_cin_census_passes_the_official_schema(clean: Path, reference: Path,
                                               year: int) -> None:
    schema = xmlschema.XMLSchema(str(reference / "schemas" / f"CIN_schema_{year}.xsd"))
    files = list((clean / "333" / str(year) / "cin").glob("*.xml"))
    assert len(files) == 1
    schema.validate(str(files[0]))


def tables(out: Path, year: int, name: str) -> dict[str, pl.DataFrame]:
    return read([out / "333" / str(year) / name], ReadOptions(year=year))[0].tables


@pytest.mark.parametrize("year", YEARS)
def test_cin_holds_only_episodes_open_in_the_year(clean: Path, year: int) -> None:
    cin = tables(clean, year, "cin")
    first, ref = date(year - 1, 4, 1), date(year, 3, 31)
    episodes = cin["cin_episode"]
    assert episodes.height > 300
    assert episodes.filter((pl.col("CINreferralDate") > ref) | (pl.col("CINclosureDate")
                                                                 < first)).is_empty()
    for name, frame in cin.items():
        for column, kind in frame.schema.items():
            if kind == pl.Date and column not in ("InitialCPCtarget", "ExpectedPersonBirthDate"):
                assert frame.filter(pl.col(column) > ref).is_empty(), (name, column)
    children = cin["cin_child"]
    assert children["LAchildID"].is_unique().all()
    assert set(episodes["LAchildID"]) == set(children["LAchildID"])
    upns = children["UPN"].drop_nulls().to_list()
    assert upns and all(upn_check_letter(u[1:]) == u[0] for u in upns)


@pytest.mark.parametrize("year", YEARS)
def test_903_holds_children_looked_after_in_the_year(clean: Path, year: int) -> None:
    ssda = tables(clean, year, "ssda903")
    first, ref = date(year - 1, 4, 1), date(year, 3, 31)
    episodes = ssda["ssda903_episodes"]
    assert episodes.filter((pl.col("DECOM") > ref) | (pl.col("DEC") < first)
                           | (pl.col("DEC") > ref)).is_empty()
    header = ssda["ssda903_header"]
    assert header["CHILD"].is_unique().all()
    in_header = set(header["CHILD"])
    assert set(episodes["CHILD"]) | set(ssda["ssda903_oc3"]["CHILD"]) == in_header
    assert set(ssda["ssda903_episodes"]["RNE"]) >= {"S", "P", "L"}
    breaks = episodes.filter(pl.col("LS").is_in(["V3", "V4"]))  # stays, agreements
    assert set(breaks["LS"]) == {"V3", "V4"}
    assert breaks.group_by("CHILD").agg(pl.col("LS").n_unique())["LS"].max() == 1
    upns = [u for u in header["UPN"].to_list() if not u.startswith("UN")]
    assert all(upn_check_letter(u[1:]) == u[0] for u in upns)
    codes = registry().codelist("ssda903.placement_type").codes_in_year(year)
    assert set(episodes["PLACE"]) <= set(codes)


def test_manifest_lists_every_file_with_its_checksum(clean: Path) -> None:
    data = manifest(clean)
    assert data["profile"] == "sandwell-like" and data["years"] == YEARS
    files = data["files"]
    assert {f["format"] for f in files} == {"cin-xml", "ssda903-csv", "workforce-xml",  # type: ignore[union-attr]
                                            "annex-a-xlsx"}
    for entry in files:  # type: ignore[union-attr]
        assert checksum(clean / entry["path"]) == entry["sha256"]


def test_same_seed_gives_byte_identical_files(clean: Path, tmp_path: Path) -> None:
    run(tmp_path)
    assert (clean / "manifest.json").read_bytes() == (tmp_path / "manifest.json").read_bytes()
    for entry in manifest(clean)["files"]:  # type: ignore[union-attr]
        assert checksum(tmp_path / entry["path"]) == entry["sha256"], entry["path"]


def test_another_seed_gives_other_children(clean: Path, tmp_path: Path) -> None:
    run(tmp_path, seed=12)
    first = {f["path"]: f["sha256"] for f in manifest(clean)["files"]}  # type: ignore[union-attr]
    other = {f["path"]: f["sha256"] for f in manifest(tmp_path)["files"]}  # type: ignore[union-attr]
    assert first.keys() == other.keys()
    assert all(first[p] != other[p] for p in first)


def test_injected_faults_are_listed_in_the_ground_truth(tmp_path: Path) -> None:
    run(tmp_path, years=[2025], inject_errors=0.02)
    data = manifest(tmp_path)
    with (tmp_path / "ground_truth.csv").open() as handle:
        faults = list(csv.DictReader(handle))
    assert len(faults) == data["faults"] > 20
    kinds = {f["kind"] for f in faults}
    assert {"retired-code", "dates-out-of-order", "missing-mandatory", "duplicate-record",
            "non-existent-postcode", "overlapping-episodes", "wrong-upn-check-letter"} <= kinds
    for fault in faults:
        assert (tmp_path / fault["file"]).is_file()
    issues = [i for folder in folders(tmp_path) for r in read([folder]) for i in r.issues]
    assert {"missing-mandatory", "unknown-code"} <= {i.code for i in issues}


def test_several_authorities_have_their_own_codes(tmp_path: Path) -> None:
    generate(tmp_path, "england-average", [2025], seed=2, population=9_000, authorities=3)
    data = manifest(tmp_path)
    codes = [a["la_code"] for a in data["authorities"]]  # type: ignore[union-attr]
    assert len(set(codes)) == 3
    assert sum(a["population"] for a in data["authorities"]) == 9_000  # type: ignore[union-attr]
    for code in codes:
        assert (tmp_path / code / "2025" / "cin").is_dir()
