"""Plausible, valid CIN tables of any size, for schema and speed checks (no real child)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

import polars as pl

from cscmonitor.model import ROW, registry, year_end, year_start


def _codes(name: str, year: int) -> list[str]:
    return registry().codelist(f"cin.{name}").codes_in_year(year)


def _frame(table: str, records: list[dict[str, Any]]) -> pl.DataFrame:
    spec = registry().table(table)
    data = {c: [r.get(c) for r in records] for c in spec.column_names}
    data[ROW] = list(range(1, len(records) + 1))
    return pl.DataFrame(data, schema=spec.polars_schema())


def synthetic_tables(year: int, children: int, seed: int = 1) -> dict[str, pl.DataFrame]:
    """Canonical tables of ``children`` children, every record valid for ``year``'s XSD."""
    rng = random.Random(seed)
    start = year_start(year)

    def day(after: date, span: int = 200) -> date:
        return after + timedelta(days=rng.randint(0, span))

    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in
                                             registry().return_spec("cin").tables}
    rows["cin_header"].append({
        "Collection": "CIN", "Year": year, "ReferenceDate": year_end(year), "SourceLevel": "L",
        "LEA": "333", "SoftwareCode": "cscmonitor tests", "Release": "1", "SerialNo": "001",
        "DateTime": datetime(year, 5, 1, 9, 30)})
    for n in range(children):
        child = f"C{n:07d}"
        birth = date(year - 1 - rng.randint(0, 16), rng.randint(1, 12), rng.randint(1, 28))
        rows["cin_child"].append({
            "LAchildID": child, "UPN": f"A{rng.randrange(10**11):011d}{rng.choice('0123456789A')}",
            "PersonBirthDate": birth, "Sex": rng.choice(_codes("sex", year)),
            "Ethnicity": rng.choice(_codes("ethnicity", year))})
        for code in rng.sample(_codes("disability", year), rng.choice((0, 0, 1, 2))):
            rows["cin_disability"].append({"LAchildID": child, "Disability": code})
        for episode in range(1, rng.choice((1, 1, 2)) + 1):
            keys = {"LAchildID": child, "CINdetailsID": episode}
            referral = day(start, 300)
            closed = rng.random() < 0.5
            rows["cin_episode"].append(keys | {
                "CINreferralDate": referral,
                "ReferralSource": rng.choice(_codes("referral_source", year)),
                "PrimaryNeedCode": rng.choice(_codes("primary_need", year)),
                "CINclosureDate": day(referral, 60) if closed else None,
                "ReasonForClosure": rng.choice(_codes("reason_for_closure", year))
                if closed else None,
                "ReferralNFA": rng.random() < 0.1})
            assessment = day(referral, 5)
            rows["cin_assessment"].append(keys | {
                "AssessmentID": 1, "AssessmentActualStartDate": assessment,
                "AssessmentAuthorisationDate": day(assessment, 45)})
            for code in rng.sample(_codes("assessment_factor", year), rng.randint(1, 3)):
                rows["cin_assessment_factor"].append(
                    keys | {"AssessmentID": 1, "AssessmentFactors": code})
            if rng.random() < 0.4:
                rows["cin_plan"].append(keys | {"CINPlanID": 1,
                                                "CINPlanStartDate": day(assessment, 50)})
            if rng.random() < 0.3:
                s47 = day(referral, 10)
                rows["cin_section47"].append(keys | {
                    "Section47ID": 1, "S47ActualStartDate": s47,
                    "InitialCPCtarget": s47 + timedelta(days=15),
                    "DateOfInitialCPC": day(s47, 15), "ICPCnotRequired": False})
                plan = day(s47, 20)
                rows["cin_cpp"].append(keys | {
                    "CPPID": 1, "CPPstartDate": plan,
                    "InitialCategoryOfAbuse": rng.choice(_codes("category_of_abuse", year)),
                    "LatestCategoryOfAbuse": rng.choice(_codes("category_of_abuse", year)),
                    "NumberOfPreviousCPP": rng.randint(0, 2)})
                rows["cin_cpp_review"].append(keys | {
                    "CPPID": 1, "CPPreviewDate": plan + timedelta(days=90)})
                if registry().table("cin_preproceedings").in_year(year) and rng.random() < 0.5:
                    rows["cin_preproceedings"].append(keys | {
                        "PreProceedingsID": 1, "PPStartDate": plan, "LBPSentDate": day(plan, 10),
                        "FGDMMeetingOffer": True, "FGDMMeetingFac": rng.random() < 0.7,
                        "ReviewMeetingsCount": rng.randint(0, 3),
                        "PPOutcome": rng.choice(_codes("pp_outcome", year))})
    return {name: _frame(name, records) for name, records in rows.items()}
