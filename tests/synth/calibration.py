"""Figures of generated returns by plain counting, and the published figures to compare.

Nothing here uses cscmonitor's indicator engine or the simulation's own records: the generated
files are read back through the format readers and counted the way DfE defines each figure.
Published figures come straight from the DfE statistics CSVs in ``../shared/reference``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from cscmonitor.formats import ReadOptions, read
from cscmonitor.model import bank_holidays

EET = ("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5")
SHORT_BREAKS = ("V3", "V4")
PLACEMENT_STARTS = ("S", "P", "B", "T", "U")
ADOPTION_PLACEMENTS = ("A3", "A4", "A5", "A6")
"""Reasons for a new episode that start a placement (L, a change of legal status only, does
not)."""


@dataclass(frozen=True)
class Figure:
    name: str
    year: int
    value: float
    percent: bool


def _tables(folder: Path, year: int) -> dict[str, pl.DataFrame]:
    results = read([folder], ReadOptions(year=year))
    assert len(results) == 1, f"{folder}: expected one return"
    return results[0].tables


Tables = dict[str, pl.DataFrame]


def returns(out: Path, la_code: str, years: list[int]) -> dict[str, dict[int, Tables]]:
    """Every return read back: {return: {year: tables}}."""
    found: dict[str, dict[int, Tables]] = {}
    for year in years:
        base = out / la_code / str(year)
        for name in ("cin", "ssda903", "workforce"):
            if (base / name).is_dir():
                found.setdefault(name, {})[year] = _tables(base / name, year)
    return found


def _between(column: str, year: int) -> pl.Expr:
    return pl.col(column).is_between(date(year - 1, 4, 1), date(year, 3, 31))


def cin_figures(cin: dict[int, dict[str, pl.DataFrame]], year: int) -> list[Figure]:
    tables = cin[year]
    ref = date(year, 3, 31)
    episodes = tables["cin_episode"]
    referrals = episodes.filter(_between("CINreferralDate", year))
    figures = [Figure("referrals", year, referrals.height, False)]
    if year - 1 in cin:
        every = pl.concat([cin[y]["cin_episode"] for y in (year - 1, year)]).select(
            "LAchildID", "CINreferralDate").unique()
        joined = referrals.select("LAchildID", "CINreferralDate").join(
            every.rename({"CINreferralDate": "earlier"}), on="LAchildID")
        again = joined.filter((pl.col("earlier") < pl.col("CINreferralDate")) & (
            pl.col("earlier") >= pl.col("CINreferralDate").dt.offset_by("-12mo"))).select(
            "LAchildID", "CINreferralDate").unique().height
        figures.append(Figure("rereferral_percent", year, 100 * again / referrals.height, True))
    done = tables["cin_assessment"].filter(_between("AssessmentAuthorisationDate", year))
    working = done.select(pl.business_day_count(
        "AssessmentActualStartDate", "AssessmentAuthorisationDate",
        holidays=list(bank_holidays())).alias("days"))
    figures.append(Figure("assessments_within_45_percent", year,
                          100 * working.filter(pl.col("days") <= 45).height / done.height, True))
    figures.append(Figure("section47", year,
                          tables["cin_section47"].filter(_between("S47ActualStartDate",
                                                                  year)).height, False))
    plans = tables["cin_cpp"]
    started = plans.filter(_between("CPPstartDate", year))
    figures.append(Figure("cpp_starts", year, started.height, False))
    figures.append(Figure("cpp_subsequent_percent", year, 100 * started.filter(
        pl.col("NumberOfPreviousCPP") > 0).height / started.height, True))
    figures.append(Figure("cpp_at31", year, plans.filter(
        (pl.col("CPPstartDate") <= ref)
        & (pl.col("CPPendDate").is_null() | (pl.col("CPPendDate") > ref))).height, False))
    return figures


def _chains(episodes: pl.DataFrame) -> dict[str, list[dict[str, object]]]:
    by_child: dict[str, list[dict[str, object]]] = {}
    for row in episodes.sort("CHILD", "DECOM").iter_rows(named=True):
        by_child.setdefault(row["CHILD"], []).append(row)
    return by_child


def cla_figures(ssda: dict[int, dict[str, pl.DataFrame]], year: int) -> list[Figure]:
    tables = ssda[year]
    ref = date(year, 3, 31)
    start = date(year - 1, 4, 1)
    episodes = tables["ssda903_episodes"].filter(~pl.col("LS").is_in(SHORT_BREAKS))
    open_at31 = episodes.filter(pl.col("DEC").is_null() | (pl.col("DEC") > ref))
    children = open_at31["CHILD"].unique().to_list()
    figures = [
        Figure("cla_at31", year, len(children), False),
        Figure("cla_starts", year, episodes.filter(
            (pl.col("RNE") == "S") & _between("DECOM", year))["CHILD"].n_unique(), False),
        Figure("cla_ceased", year, episodes.filter(
            _between("DEC", year) & (pl.col("REC") != "X1"))["CHILD"].n_unique(), False),
    ]
    three = 0
    for rows in _chains(episodes.filter(pl.col("CHILD").is_in(children))).values():
        placements = sum(1 for r in rows if r["RNE"] in PLACEMENT_STARTS
                         and start <= r["DECOM"] <= ref)  # type: ignore[operator]
        held = any(r["DECOM"] < start and (r["DEC"] is None or r["DEC"] >= start)  # type: ignore[operator]
                   for r in rows)
        three += placements + held >= 3
    figures.append(Figure("three_plus_placements_percent", year, 100 * three / len(children),
                          True))
    history = pl.concat([ssda[y]["ssda903_episodes"] for y in sorted(ssda) if y <= year]
                        ).filter(~pl.col("LS").is_in(SHORT_BREAKS)).unique(
        ["CHILD", "DECOM"], keep="last", maintain_order=True)
    if year - min(ssda) >= 2:
        long_term, stable = 0, 0
        dob = dict(tables["ssda903_header"].select("CHILD", "DOB").iter_rows())
        for child, rows in _chains(history.filter(pl.col("CHILD").is_in(children))).items():
            if dob[child] <= date(year - 16, 3, 31):  # type: ignore[operator]
                continue  # 16 or over on 31 March
            spell = [rows[-1]]  # the period of care open on 31 March, oldest episode first
            for earlier, later in zip(reversed(rows[:-1]), reversed(rows[1:]), strict=True):
                if earlier["DEC"] != later["DECOM"]:
                    break
                spell.insert(0, earlier)
            starts = [r["DECOM"] for n, r in enumerate(spell)
                      if n == 0 or r["RNE"] in PLACEMENT_STARTS]
            two_years = date(year - 2, 3, 31)
            if spell[0]["DECOM"] <= date(year - 3, 9, 30):  # type: ignore[operator]  # 30 months
                long_term += 1
                # the same placement for 2 years, or placed for adoption (A3-A6) after a
                # placement that, with the adoptive one, makes 2 years
                adopted = rows[-1]["PLACE"] in ADOPTION_PLACEMENTS and len(starts) > 1
                stable += starts[-1] <= two_years or (  # type: ignore[operator]
                    adopted and starts[-2] <= two_years)  # type: ignore[operator]
        figures.append(Figure("long_term_stability_percent", year, 100 * stable / long_term,
                              True))
    leavers = tables["ssda903_oc3"].with_columns(
        age=(pl.lit(year) - pl.col("DOB").dt.year()
             - (pl.col("DOB").dt.strftime("%m%d") > "0331").cast(pl.Int32)))
    for group, ages in (("17_18", (17, 18)), ("19_21", (19, 20, 21))):
        members = leavers.filter(pl.col("age").is_in(ages))
        if members.height:
            figures.append(Figure(f"eet_percent_{group}", year, 100 * members.filter(
                pl.col("ACTIV").is_in(EET)).height / members.height, True))
            figures.append(Figure(f"suitable_percent_{group}", year, 100 * members.filter(
                pl.col("ACCOM").str.ends_with("1")).height / members.height, True))
    return figures


def workforce_figures(tables: dict[str, pl.DataFrame], year: int) -> list[Figure]:
    """DfE's workforce census measures: in post = the LA's own workers with an FTE at
    30 September; leavers = own workers whose role ended in the 12 months to the census, not
    having started in them; agency = agency workers' FTE at 30 September; caseload = cases over
    the FTE of workers holding at least one case."""
    workers = tables["workforce_worker"]
    vacancy = tables["workforce_vacancy"].row(0, named=True)
    own = workers.filter(pl.col("AgencyWorker") == "0")
    in_post = own.filter(pl.col("FTE30").is_not_null())["FTE30"].sum()
    begin, census = date(year - 2, 10, 1), date(year - 1, 9, 30)
    leavers = own.filter(pl.col("RoleEndDate").is_between(begin, census)
                         & ~pl.col("RoleStartDate").is_between(begin, census))["FTE"].sum()
    agency = workers.filter(pl.col("AgencyWorker") == "1")["FTE30"].sum()
    holders = workers.filter((pl.col("Cases30") >= 1) & (pl.col("FTE30") > 0))
    return [
        Figure("turnover_rate_fte", year, 100 * leavers / in_post, True),
        Figure("agency_rate_fte", year, 100 * agency / (agency + in_post), True),
        Figure("vacancy_rate_fte", year,
               100 * vacancy["NumberOfVacancies"] / (vacancy["NumberOfVacancies"] + in_post),
               True),
        Figure("caseload_fte", year, holders["Cases30"].sum() / holders["FTE30"].sum(), False),
    ]


# -- published figures ----------------------------------------------------------------------

def _rows(path: Path, la_code: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as handle:
        return [r for r in csv.DictReader(handle) if r.get("old_la_code") == la_code]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def published(reference: Path, la_code: str) -> dict[tuple[str, int], float]:
    """DfE's published figures for the authority, keyed (figure, collection year)."""
    stats = reference / "dfe-official-statistics"
    found: dict[tuple[str, int], float] = {}

    def put(name: str, year: str | int, value: str) -> None:
        number = _number(value)
        if number is not None:
            found[(name, int(year))] = number

    for r in _rows(stats / "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
                   la_code):
        put("referrals", r["time_period"], r["referral_count"])
        put("rereferral_percent", r["time_period"], r["rereferral_percent"])
    for r in _rows(stats / "c2_children_in_need_assessments_duration_2014_to_2024.csv",
                   la_code):
        counts = [_number(r[k]) for k in ("Same_day", "1-10_days", "11-20_days", "21-30_days",
                                          "31-40_days", "41-45_days")]
        total = _number(r["Assessments_completed"])
        if total and all(c is not None for c in counts):
            found[("assessments_within_45_percent", int(r["time_period"]))] = (
                100 * sum(c for c in counts if c is not None) / total)
    for r in _rows(stats / "c4_children_in_need_section_47s_and_icpcs_2013_to_2024.csv",
                   la_code):
        put("section47", r["time_period"], r["Section47"])
    for r in _rows(stats / "d1_child_protection_plans_2013_to_2024.csv", la_code):
        put("cpp_starts", r["time_period"], r["CPP_start"])
    for r in _rows(stats / "d3_cpps_subsequent_plan_2013_to_2025.csv", la_code):
        put("cpp_starts", r["time_period"], r["CPP_start"])
        put("cpp_subsequent_percent", r["time_period"], r["CPP_subsequent_percent"])
    for r in _rows(stats / "d5_cpps_at31march_by_duration_2013_to_2025.csv", la_code):
        put("cpp_at31", r["time_period"], r["CPP_At31"])
    names = {"Children looked after on 31 March each year": "cla_at31",
             "Children starting to be looked after each year": "cla_starts",
             "Children ceasing to be looked after each year": "cla_ceased"}
    for r in _rows(stats / "cla_number_and_rate_per_10k_children.csv", la_code):
        if r["population_type"] in names:
            put(names[r["population_type"]], r["time_period"], r["children_count"])
    for r in _rows(stats / "la_cla_placement_stability.csv", la_code):
        if r["placement_stability"] == "With 3 or more placements during the year":
            put("three_plus_placements_percent", r["time_period"], r["children_percent"])
        if r["placement_stability"] == "Living with the same carer for at least 2 years":
            put("long_term_stability_percent", r["time_period"], r["children_percent"])
    for r in _rows(stats / "la_care_leavers_activity.csv", la_code):
        if r["breakdown"] == "Total in education, employment or training":
            group = "17_18" if r["care_leaver_age"].startswith("17") else "19_21"
            put(f"eet_percent_{group}", r["time_period"], r["care_leaver_percent"])
    for r in _rows(stats / "la_care_leavers_accommodation_suitability.csv", la_code):
        if r["breakdown"] == "Accommodation considered suitable":
            group = "17_18" if r["care_leaver_age"].startswith("17") else "19_21"
            put(f"suitable_percent_{group}", r["time_period"], r["care_leaver_percent"])
    for r in _rows(stats / "csww_indicators_2017_to_2025.csv", la_code):
        census = int(r["time_period"]) + 1  # the census at 30 September is in the next year
        for name in ("turnover_rate_fte", "agency_rate_fte", "vacancy_rate_fte",
                     "caseload_fte"):
            put(name, census, r[name])
    return found
