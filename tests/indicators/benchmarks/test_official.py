from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl
import pytest

from cscmonitor.indicators.benchmarks.official import (
    BenchmarkFileError,
    ReadOutcome,
    kind_of,
    read_reference,
)
from tests.indicators.benchmarks.conftest import STATS, row, sn_model, stats_file

C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025"


def figure(outcome: ReadOutcome, stem: str, column: str, year: int, area: str,
           level: str = "la") -> tuple[float | None, str | None]:
    found = outcome.tables.figures.filter(
        (pl.col("stem") == stem) & (pl.col("value_column") == column)
        & (pl.col("time_period") == year) & (pl.col("area_code") == area)
        & (pl.col("level") == level))
    assert found.height == 1, found
    value, marker = found.select("value", "marker").row(0)
    return value, marker


def test_sandwell_rereferrals_as_published(official: ReadOutcome) -> None:
    assert figure(official, C1, "rereferral_percent", 2025, "333") == (22.7, None)
    assert figure(official, C1, "rereferral_count", 2025, "333") == (844, None)
    assert figure(official, C1, "rereferral_percent", 2025, "E92000001", "england") == (22.6, None)


def test_a_suppressed_cell_is_a_marker_not_a_number(official: ReadOutcome) -> None:
    # North Tyneside's 2025 NFA count is published as "c".
    assert figure(official, C1, "no_further_action_count", 2025, "392") == (None, "c")


def test_other_markers_are_kept(official: ReadOutcome) -> None:
    markers = set(official.tables.figures.get_column("marker").drop_nulls().unique())
    assert markers == {"c", "k", "u", "x", "z", "low"}
    with_value = official.tables.figures.filter(
        pl.col("marker").is_not_null() & pl.col("value").is_not_null())
    assert with_value.height == 0


def test_sandwell_neighbours_as_in_the_model(official: ReadOutcome, reference: Path) -> None:
    with (reference / STATS / "sn_model_2025_wide.csv").open(encoding="utf-8-sig") as handle:
        sandwell = next(r for r in csv.DictReader(handle) if r["old_la_code"] == "333")
    stored = official.tables.neighbours.filter(pl.col("la_code") == "333").sort("rank")
    assert stored.get_column("neighbour_code").to_list() == [sandwell[f"SN_{n}"]
                                                             for n in range(1, 11)]
    assert stored.get_column("closeness").to_list()[:2] == ["Very close", "Very close"]


def test_files_are_recognised_by_their_columns(official: ReadOutcome) -> None:
    kinds = dict(official.tables.files.select("file_name", "kind").iter_rows())
    assert kinds["sn_model_2025_wide.csv"] == "sn_model"
    assert kinds["ons_mid-year_population_estimates_2012_to_2024.csv"] == "population"
    assert kinds["c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"] == "statistics"
    assert "lait_indicator_data_dictionary.csv" not in kinds
    assert any("lait_indicator_data_dictionary.csv" in note for note in official.notes)
    assert any("lait_all_indicators_long.parquet" in note for note in official.notes)


def test_dimensions_are_kept_as_sorted_json(official: ReadOutcome) -> None:
    stability = official.tables.figures.filter(pl.col("stem") == "la_cla_placement_stability")
    filters = {json.loads(f)["placement_stability"]
               for f in stability.get_column("filters").unique()}
    assert "With 3 or more placements during the year" in filters
    assert set(json.loads(stability.get_column("filters")[0])) == {"cla_group",
                                                                   "placement_stability"}


def test_london_boroughs_belong_to_london(official: ReadOutcome) -> None:
    camden = official.tables.areas.filter(pl.col("code") == "202").row(0, named=True)
    assert (camden["region_code"], camden["region_name"]) == ("E12000007", "London")
    assert camden["name"] == "Camden" and camden["ons_code"] == "E09000007"


def test_names_codes_and_levels(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "category,count,percent", [
        row(2025, "National", "", "Things,1000,12.5"),
        row(2025, "Regional", "E12000005", "Things,100,c"),
        row(2025, "Local authority", "333", "Things,c,k"),
    ], bom=True)
    outcome = read_reference([tmp_path])
    figures = outcome.tables.figures
    assert set(figures.get_column("filters")) == {'{"category":"Things"}'}
    assert sorted(figures.select("level", "area_code", "value_column", "value", "marker")
                  .iter_rows()) == [
        ("england", "E92000001", "count", 1000.0, None),
        ("england", "E92000001", "percent", 12.5, None),
        ("la", "333", "count", None, "c"),
        ("la", "333", "percent", None, "k"),
        ("region", "E12000005", "count", 100.0, None),
        ("region", "E12000005", "percent", None, "c"),
    ]
    assert outcome.tables.areas.filter(pl.col("code") == "333").row(0, named=True)["name"] \
        == "LA 333"


def test_quoted_empty_cells_are_no_figure(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "count,percent", [
        '2025,Reporting year,National,E92000001,England,"","",,"","",10,""'])
    figures = read_reference([tmp_path]).tables.figures
    assert figures.select("value_column", "value").rows() == [("count", 10.0)]


def test_years_months_durations_become_months(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "stage,number", [row(2025, "National", "", "Total,01:08")])
    assert read_reference([tmp_path]).tables.figures.get_column("value").to_list() == [20.0]


def test_six_digit_periods_are_their_end_year(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "count", [row(202425, "National", "", "5")])
    assert read_reference([tmp_path]).tables.figures.get_column("time_period").to_list() == [2025]


@pytest.mark.parametrize(("rows", "line", "column", "problem"), [
    ([row(2025, "National", "", "10"), row(2025, "Local authority", "333", "1O")],
     3, "count", "expected a number or a DfE marker"),
    ([row(2025, "National", "", "10"), "2025,Reporting year,National"],
     3, None, "3 fields where the header has 11"),
    ([row(2025, "National", "", "10"), row(2025, "National", "", "11")],
     3, "count", "a second figure for england E92000001 in 2025"),
    ([row(2025, "National", "", "10").replace("2025", "last year", 1)],
     2, "time_period", "expected a year"),
    ([row(2025, "Local authority", "", "10")], 2, "geographic_level", "area code is missing"),
])
def test_malformed_files_name_file_line_and_column(
        tmp_path: Path, rows: list[str], line: int, column: str | None, problem: str) -> None:
    stats_file(tmp_path, "bad.csv", "count", rows)
    with pytest.raises(BenchmarkFileError, match=problem) as raised:
        read_reference([tmp_path])
    assert (raised.value.file, raised.value.line, raised.value.column) == ("bad.csv", line,
                                                                           column)


def test_a_file_without_figures_is_refused(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "count", [row(2025, "National", "", "ten")])
    with pytest.raises(BenchmarkFileError, match=r"t\.csv: no column holds figures"):
        read_reference([tmp_path])


def test_a_column_of_markers_holds_figures(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "count", [row(2025, "National", "", "z")])
    assert read_reference([tmp_path]).tables.figures.get_column("marker").to_list() == ["z"]


def test_a_repeated_column_is_refused(tmp_path: Path) -> None:
    stats_file(tmp_path, "t.csv", "count,count", [row(2025, "National", "", "1,2")])
    with pytest.raises(BenchmarkFileError, match=r"t\.csv, line 1, column count"):
        read_reference([tmp_path])


def test_text_that_is_not_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_bytes(b"\x81\x8d\x90\x9d")
    with pytest.raises(BenchmarkFileError, match=r"t\.csv: not readable text"):
        read_reference([tmp_path])


def test_sn_model_codes_are_checked(tmp_path: Path) -> None:
    sn_model(tmp_path, {"333": ["336", "8100"]})
    with pytest.raises(BenchmarkFileError, match=r"sn_model.csv, line 2, column SN_2"):
        read_reference([tmp_path])


def test_kind_of() -> None:
    assert kind_of(["time_period", "geographic_level", "country_code", "x"]) == "statistics"
    assert kind_of(["name", "value"]) is None
