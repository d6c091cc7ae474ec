"""The CIN census of one collection year, from the simulated children.

A child is in the census when any of their CIN episodes was open at some time in the year
(referred on or before 31 March and not closed before 1 April). Within an episode, the census
carries what DfE asks for that year: assessments completed in the year or still open at its
end, CIN plans and protection plans open at any time in it, section 47 enquiries started in the
year or whose conference fell in it, and review conferences held in it. Nothing dated after
31 March is written: at the census date it has not happened yet.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from cscmonitor.model import registry, year_end, year_start
from cscmonitor.synth.extract.columns import Rows, frames
from cscmonitor.synth.sim.engine import World
from cscmonitor.synth.sim.state import Child, Episode

OLD_SEX = {"M": "1", "F": "2"}
"""GenderCurrent codes, used until 2023/24."""
NEW_SEX_FROM = 2025


def _upn_unknown(child: Child, ref: int, nfa_only: bool) -> str:
    if nfa_only:
        return "UN7"
    return "UN1" if ref - child.dob < 6 * 365 else "UN2"


def _sex(child: Child, ref: int, year: int) -> str:
    if child.dob > ref:
        return "U" if year >= NEW_SEX_FROM else "0"
    return child.sex if year >= NEW_SEX_FROM else OLD_SEX[child.sex]


def _before(day: int | None, ref: int) -> int | None:
    """``day`` if it has happened by the census date."""
    return day if day is not None and day <= ref else None


def extract(world: World, year: int) -> dict[str, pl.DataFrame]:
    first = year_start(year).toordinal()
    ref = year_end(year).toordinal()
    rows = {name: Rows(registry().table(name)) for name in (
        "cin_header", "cin_child", "cin_disability", "cin_episode", "cin_assessment",
        "cin_assessment_factor", "cin_plan", "cin_section47", "cin_cpp", "cin_cpp_review")}
    rows["cin_header"].add(Collection="CIN", Year=year, ReferenceDate=ref,
                           SourceLevel="L", LEA=world.authority.la_code,
                           SoftwareCode="cscmonitor synth", Release="1",
                           SerialNo="001", DateTime=datetime(year, 5, 14, 9, 30))
    children = sorted((c for c in world.children if _included(c, first, ref)),
                      key=lambda c: c.child_id)
    for child in children:
        episodes = [e for e in child.episodes if e.referral <= ref and e.end >= first]
        cid = child.child_id
        upn = child.upn if child.upn and ref >= child.school_start else None
        nfa_only = all(e.nfa for e in episodes)
        born = child.dob <= ref
        rows["cin_child"].add(
            LAchildID=cid, UPN=upn,
            UPNunknown=None if upn else _upn_unknown(child, ref, nfa_only),
            PersonBirthDate=child.dob if born else None,
            ExpectedPersonBirthDate=None if born else child.dob,
            Sex=_sex(child, ref, year), Ethnicity=child.ethnicity)
        for code in child.disabilities:
            rows["cin_disability"].add(LAchildID=cid, Disability=code)
        for number, episode in enumerate(episodes, start=1):
            _episode(rows, cid, number, episode, first, ref)
    return frames(rows)


def _included(child: Child, first: int, ref: int) -> bool:
    return any(e.referral <= ref and e.end >= first for e in child.episodes)


def _episode(rows: dict[str, Rows], cid: str, number: int, episode: Episode, first: int,
             ref: int) -> None:
    closed = _before(episode.closure, ref)
    rows["cin_episode"].add(
        LAchildID=cid, CINdetailsID=number, CINreferralDate=episode.referral,
        ReferralSource=episode.source, PrimaryNeedCode=episode.need,
        CINclosureDate=closed, ReasonForClosure=episode.reason if closed else None,
        ReferralNFA=episode.nfa)
    key = {"LAchildID": cid, "CINdetailsID": number}
    assessments = [a for a in episode.assessments
                   if a.start <= ref and (a.authorised >= first)]
    for n, assessment in enumerate(assessments, start=1):
        done = _before(assessment.authorised, ref)
        rows["cin_assessment"].add(**key, AssessmentID=n,
                                   AssessmentActualStartDate=assessment.start,
                                   AssessmentAuthorisationDate=done)
        if done is not None:
            for factor in assessment.factors:
                rows["cin_assessment_factor"].add(**key, AssessmentID=n,
                                                  AssessmentFactors=factor)
    plans = [p for p in episode.plans if p.start <= ref and (p.end is None or p.end >= first)]
    for n, plan in enumerate(plans, start=1):
        rows["cin_plan"].add(**key, CINPlanID=n, CINPlanStartDate=plan.start,
                             CINPlanEndDate=_before(plan.end, ref))
    enquiries = [s for s in episode.enquiries if s.start <= ref and (
        s.start >= first or (s.conference is not None and first <= s.conference <= ref))]
    for n, enquiry in enumerate(enquiries, start=1):
        held = _before(enquiry.conference, ref)
        rows["cin_section47"].add(**key, Section47ID=n, S47ActualStartDate=enquiry.start,
                                  InitialCPCtarget=enquiry.target, DateOfInitialCPC=held,
                                  ICPCnotRequired=enquiry.conference is None)
    protection = [p for p in episode.protection
                  if p.start <= ref and (p.end is None or p.end >= first)]
    for n, cpp in enumerate(protection, start=1):
        rows["cin_cpp"].add(**key, CPPID=n, CPPstartDate=cpp.start,
                            CPPendDate=_before(cpp.end, ref),
                            InitialCategoryOfAbuse=cpp.initial_category,
                            LatestCategoryOfAbuse=cpp.latest_category,
                            NumberOfPreviousCPP=cpp.previous_plans)
        for review in cpp.reviews:
            if first <= review <= ref:
                rows["cin_cpp_review"].add(**key, CPPID=n, CPPreviewDate=review)
