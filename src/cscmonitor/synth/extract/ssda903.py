"""The SSDA903 return of one collection year, from the simulated children.

The return holds every child looked after at any time in the year: each episode open at any
time in it, their reviews and missing episodes in it, UASC status, previous permanence for
those who started care in it, adoption decisions and adoptions, outcomes (OC2) for children
looked after for a year on 31 March, and the year's care leavers (OC3), who appear in the
header too. Short breaks (V3 stays, V4 agreements) are episodes like any other, without
postcodes or reviews, as DfE asks. Nothing dated after 31 March is written.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from cscmonitor.model import registry, year_end, year_start
from cscmonitor.synth.extract import care_details
from cscmonitor.synth.extract.columns import Rows, frames
from cscmonitor.synth.extract.leavers import Leaver, cohort
from cscmonitor.synth.extract.social_workers import social_worker_rows
from cscmonitor.synth.sim.engine import World
from cscmonitor.synth.sim.state import CarePeriod, Child

NEW_SEX_FROM = 2025
OLD_SEX = {"M": "1", "F": "2"}


def _sex(child: Child, year: int) -> str:
    return child.sex if year >= NEW_SEX_FROM else OLD_SEX[child.sex]


def _upn(child: Child, ref: int) -> str:
    if child.upn and ref >= child.school_start:
        return child.upn
    return "UN1" if ref < child.school_start else "UN2"


def _periods(child: Child, first: int, ref: int) -> Iterable[tuple[int, CarePeriod]]:
    for number, period in enumerate(child.care):
        if period.start <= ref and period.end >= first:
            yield number, period


def extract(world: World, year: int) -> dict[str, pl.DataFrame]:
    first = year_start(year).toordinal()
    ref = year_end(year).toordinal()
    spec = registry().return_spec("ssda903")
    rows = {t.name: Rows(t) for t in spec.tables if t.in_year(year)}
    seed, code = world.seed, world.authority.la_code
    leavers = {leaver.child.index: leaver for leaver in cohort(
        seed, code, world.authority.profile, world.children, year)}
    looked_after = sorted((c for c in world.children
                           if any(True for _ in _periods(c, first, ref))),
                          key=lambda c: c.child_id)
    for child in looked_after:
        _child(world, rows, child, year, first, ref)
    for child in sorted((leaver.child for leaver in leavers.values()
                         if not any(True for _ in _periods(leaver.child, first, ref))),
                        key=lambda c: c.child_id):
        _header(rows, child, year, ref, mother=None)
    for leaver in sorted(leavers.values(), key=lambda item: item.child.child_id):
        _oc3(rows, leaver)
    if "ssda903_social_worker" in rows:
        social_worker_rows(world, rows["ssda903_social_worker"], looked_after, first, ref)
    return frames(rows)


def _header(rows: dict[str, Rows], child: Child, year: int, ref: int,
            mother: str | None, mother_born: int | None = None) -> None:
    rows["ssda903_header"].add(CHILD=child.child_id, SEX=_sex(child, year), DOB=child.dob,
                               ETHNIC=child.ethnicity, UPN=_upn(child, ref), MOTHER=mother,
                               MC_DOB=mother_born)


def _child(world: World, rows: dict[str, Rows], child: Child, year: int, first: int,
           ref: int) -> None:
    seed, code, cid = world.seed, world.authority.la_code, child.child_id
    periods = list(_periods(child, first, ref))
    respite_only = all(p.short_break for _, p in periods)
    mother: str | None = None
    born: int | None = None
    if child.sex == "F" and not respite_only:
        had = care_details.mother_of(seed, code, child)
        mother = "1" if had is not None and had <= ref else "0"
        born = had if mother == "1" else None
    _header(rows, child, year, ref, mother, born)
    if child.uasc and not respite_only:
        rows["ssda903_uasc"].add(CHILD=cid, SEX=_sex(child, year), DOB=child.dob,
                                 DUC=child.birthday(18))
    for number, period in periods:
        for episode in period.episodes:
            if episode.start > ref or (episode.end is not None and episode.end < first):
                continue
            ended = episode.end is not None and episode.end <= ref
            home = None if child.uasc or period.short_break else child.home_postcode
            rows["ssda903_episodes"].add(
                CHILD=cid, DECOM=episode.start, RNE=episode.reason_new,
                LS=episode.legal_status, CIN=period.need, PLACE=episode.placement,
                PLACE_PROVIDER=episode.provider, DEC=episode.end if ended else None,
                REC=episode.reason_end if ended else None,
                REASON_PLACE_CHANGE=episode.reason_place_change if ended else None,
                HOME_POST=home, PL_POST=episode.postcode, URN=episode.urn)
        if period.short_break:
            continue
        for review in care_details.reviews(seed, code, child, number, period, ref):
            if review.day >= first:
                rows["ssda903_reviews"].add(CHILD=cid, DOB=child.dob, REVIEW=review.day,
                                            REVIEW_CODE=review.code)
        for spell in care_details.missing(seed, code, world.authority.profile, child, number,
                                          period, ref):
            if spell.end >= first:
                rows["ssda903_missing"].add(CHILD=cid, DOB=child.dob, MISSING=spell.kind,
                                            MIS_START=spell.start, MIS_END=spell.end)
        _adoption(rows, child, period, first, ref)
    started = [p for _, p in periods if first <= p.start <= ref]
    if started:
        _previous_permanence(rows, child, started[-1], code)
    last = child.care[-1]
    if (not last.short_break and last.start <= first and last.end > ref
            and not _adopted_in(child, first, ref)):
        _oc2(rows, care_details.health(seed, code, child, year, first, ref), child)


def _previous_permanence(rows: dict[str, Rows], child: Child, period: CarePeriod,
                         la_code: str) -> None:
    code = period.previous_permanence
    known = code in ("P1", "P2", "P3")
    rows["ssda903_previous_permanence"].add(
        CHILD=child.child_id, DOB=child.dob, PREV_PERM=code,
        LA_PERM=la_code if known else None,
        DATE_PERM=period.start - 900 if known and period.start - 900 > child.dob else None)


def _adopted_in(child: Child, first: int, ref: int) -> bool:
    return any(first <= p.end <= ref and p.episodes[-1].reason_end in ("E11", "E12")
               for p in child.care)


def _adoption(rows: dict[str, Rows], child: Child, period: CarePeriod, first: int,
              ref: int) -> None:
    track = period.adoption
    if track is None or track.decision > ref:
        return
    reversed_on = track.reversed_on if track.reversed_on is not None and (
        track.reversed_on <= ref) else None
    if reversed_on is not None and reversed_on < first:
        return
    rows["ssda903_placed_for_adoption"].add(
        CHILD=child.child_id, DOB=child.dob, DATE_PLACED=track.decision,
        DATE_PLACED_CEASED=reversed_on,
        REASON_PLACED_CEASED=track.reversed_reason if reversed_on else None)
    last = period.episodes[-1]
    if (last.reason_end in ("E11", "E12") and last.end is not None
            and first <= last.end <= ref and track.matched is not None):
        single = track.adopters in ("M1", "F1")
        rows["ssda903_ad1"].add(
            CHILD=child.child_id, DOB=child.dob, DATE_INT=track.decision,
            DATE_MATCH=track.matched, FOSTER_CARE="1" if track.with_foster_carer else "0",
            NB_ADOPTR=1 if single else 2, SEX_ADOPTR=track.adopters,
            LS_ADOPTR=track.adopters_status)


def _oc2(rows: dict[str, Rows], health: care_details.Health, child: Child) -> None:
    rows["ssda903_oc2"].add(
        CHILD=child.child_id, DOB=child.dob, SDQ_SCORE=health.sdq_score,
        SDQ_REASON=health.sdq_reason, CONVICTED=health.convicted,
        HEALTH_CHECK=health.health_check, IMMUNISATIONS=health.immunisations,
        TEETH_CHECK=health.teeth_check, HEALTH_ASSESSMENT=health.health_assessment,
        SUBSTANCE_MISUSE=health.substance_misuse,
        INTERVENTION_RECEIVED=health.intervention_received,
        INTERVENTION_OFFERED=health.intervention_offered)


def _oc3(rows: dict[str, Rows], leaver: Leaver) -> None:
    rows["ssda903_oc3"].add(CHILD=leaver.child.child_id, DOB=leaver.child.dob,
                            IN_TOUCH=leaver.in_touch, ACTIV=leaver.activity,
                            ACCOM=leaver.accommodation)
