"""Recall: every fault injected into a synthetic authority that a DfE rule should catch, is.

A small authority is generated for 2024/25 with faults injected at a high rate; its CIN census
and SSDA903 return are read back through the ordinary readers and validated with every rule in
force. Each fault in ``ground_truth.csv`` (table, child, field, kind) must be flagged, for that
child, by one of the rules ``CAUGHT_BY`` names for its kind, or be listed in ``NOT_CAUGHT``
with the reason no rule can see it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from cscmonitor.formats import read
from cscmonitor.rules import Outcome, Submission, validate
from cscmonitor.synth import faults, generate

YEAR = 2025

Kind = tuple[str, str, str]
"""(table, kind, field) of a fault, as in ``ground_truth.csv``."""

CAUGHT_BY: dict[Kind, tuple[str, ...]] = {
    # CIN 4180: Sex must be provided and equal M, F or U.
    ("cin_child", "retired-code", "Sex"): ("4180",),
    # CIN 4220: Ethnicity is missing or invalid.
    ("cin_child", "missing-mandatory", "Ethnicity"): ("4220",),
    # CIN 1510: UPN invalid (wrong check letter at character 1).
    ("cin_child", "wrong-upn-check-letter", "UPN"): ("1510",),
    # CIN 8510: more than one child record with the same LA Child ID.
    ("cin_child", "duplicate-record", "LAchildID"): ("8510",),
    # CIN 8630: CIN closure date is before the referral date of the same episode.
    ("cin_episode", "dates-out-of-order", "CINclosureDate"): ("8630",),
    # CIN 8866: source of referral is missing or an invalid code.
    ("cin_episode", "missing-mandatory", "ReferralSource"): ("8866",),
    # CIN 8608: assessment start date cannot be later than its end date.
    ("cin_assessment", "dates-out-of-order", "AssessmentAuthorisationDate"): ("8608",),
    # CIN 8925: child protection plan end date earlier than its start date.
    ("cin_cpp", "dates-out-of-order", "CPPendDate"): ("8925",),
    # SSDA903 101: sex code not valid (1 and 2 retired from 2024/25: M and F).
    ("ssda903_header", "retired-code", "SEX"): ("101",),
    # SSDA903 103: ethnicity code not valid or not entered.
    ("ssda903_header", "missing-mandatory", "ETHNIC"): ("103",),
    # cscmonitor's own integrity check CSM-INT32 (a child sent twice): DfE's portal refuses
    # the file rather than raising a numbered rule.
    ("ssda903_header", "duplicate-record", "CHILD"): ("CSM-INT32",),
    # SSDA903 146: placement type code not valid.
    ("ssda903_episodes", "retired-code", "PLACE"): ("146",),
    # SSDA903 149: reason episode ceased code not valid.
    ("ssda903_episodes", "retired-code", "REC"): ("149",),
    # SSDA903 356: the episode ceased before it started.
    ("ssda903_episodes", "dates-out-of-order", "DEC"): ("356",),
    # SSDA903 144: legal status code not valid (blank included).
    ("ssda903_episodes", "missing-mandatory", "LS"): ("144",),
    # SSDA903 392c: a postcode not in the ONS Postcode Directory.
    ("ssda903_episodes", "non-existent-postcode", "PL_POST"): ("392c",),
    # SSDA903 501: a new episode started before the end of the previous one.
    ("ssda903_episodes", "overlapping-episodes", "DEC"): ("501",),
    # SSDA903 567: missing episode ended before it started.
    ("ssda903_missing", "dates-out-of-order", "MIS_END"): ("567",),
    # SSDA903 132: activity after leaving care code invalid.
    ("ssda903_oc3", "retired-code", "ACTIV"): ("132",),
}

NOT_CAUGHT: dict[Kind, str] = {
    ("ssda903_header", "wrong-upn-check-letter", "UPN"):
        "SSDA903 rule 168 checks a UPN's form, not its check letter (see its note); 208 sees "
        "only a UPN that differs from last year's",
    ("workforce_worker", "missing-mandatory", "QualInst"):
        "cscmonitor has no rules for the workforce census yet",
    ("workforce_worker", "dates-out-of-order", "RoleEndDate"):
        "cscmonitor has no rules for the workforce census yet",
    ("annex_a_list_3", "missing-mandatory", "referral_source"):
        "Annex A is Ofsted's inspection list, with no DfE validation rules",
    ("annex_a_list_6", "dates-out-of-order", "cin_closure_date"):
        "Annex A is Ofsted's inspection list, with no DfE validation rules",
    ("annex_a_list_8", "non-existent-postcode", "placement_postcode"):
        "Annex A is Ofsted's inspection list, with no DfE validation rules",
    ("workforce_worker", "duplicate-record", "SWENo"):
        "cscmonitor has no rules for the workforce census yet",
}


def test_every_kind_of_fault_is_either_caught_or_explained() -> None:
    injected = {(table, kind) for table, changes in faults.ROW_FAULTS.items()
                for kind, _ in changes}
    injected |= {(table, "duplicate-record") for table in faults.DUPLICATES}
    injected.add(("ssda903_episodes", "overlapping-episodes"))
    listed = {(table, kind) for table, kind, _ in CAUGHT_BY | NOT_CAUGHT}
    assert injected == listed
    assert not CAUGHT_BY.keys() & NOT_CAUGHT.keys()


def _ground_truth(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[list[dict[str, str]], dict[str, pl.DataFrame]]:
    out = tmp_path_factory.mktemp("faulty")
    generate(out, "sandwell-like", [YEAR], seed=7, inject_errors=0.1, population=5_000)
    findings: dict[str, pl.DataFrame] = {}
    for return_name in ("cin", "ssda903"):
        (result,) = read([out / "333" / str(YEAR) / return_name])
        validation = validate(Submission.from_read(result))
        crashed = [run.rule.code for run in validation.runs if run.outcome is Outcome.CRASHED]
        assert not crashed, (return_name, crashed)
        findings[return_name] = validation.findings
    return _ground_truth(out / faults.GROUND_TRUTH), findings


@pytest.mark.slow
def test_every_fault_a_dfe_rule_should_catch_is_caught(
        generated: tuple[list[dict[str, str]], dict[str, pl.DataFrame]]) -> None:
    ground_truth, findings = generated
    kinds = {(f["table"], f["kind"], f["field"]) for f in ground_truth}
    assert kinds <= CAUGHT_BY.keys() | NOT_CAUGHT.keys()
    assert len(kinds & CAUGHT_BY.keys()) >= 15, "too few kinds of fault injected to test"
    missed = []
    for fault in ground_truth:
        codes = CAUGHT_BY.get((fault["table"], fault["kind"], fault["field"]))
        if codes is None:
            continue
        return_name = fault["table"].split("_")[0]
        flagged = findings[return_name].filter(
            (pl.col("child_id") == fault["child"]) & pl.col("rule").is_in(codes))
        if flagged.is_empty():
            missed.append(fault)
    assert not missed, missed
