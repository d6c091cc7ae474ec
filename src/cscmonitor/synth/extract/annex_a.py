"""Ofsted's Annex A lists as a case management system would produce them on a given day.

Events (contacts, early help, referrals, assessments, section 47 enquiries, adoption and
adopter activity) cover the six months up to that day, the period Ofsted usually asks for;
cases (children in need, on protection plans, in care, care leavers) are those open at any
time in those months. Counts "in the last 12 months" look back a full year. The
allocated team and worker come from the workforce simulation. Dates that a system records but
the returns do not (the last visit, health checks, pathway plan reviews) are drawn for each
child from its own stream, a plausible few days or weeks before the list's date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import polars as pl

from cscmonitor.model import registry
from cscmonitor.synth.calendar import collection_year
from cscmonitor.synth.extract import care_details
from cscmonitor.synth.extract.columns import Rows, frames
from cscmonitor.synth.extract.leavers import eligible
from cscmonitor.synth.rng import between, stream
from cscmonitor.synth.sim.engine import World
from cscmonitor.synth.sim.state import OPEN, Adoption, CarePeriod, Child, Episode

GENDER = {"M": "Male", "F": "Female"}
CATEGORY = {"NEG": "Neglect", "PHY": "Physical abuse", "SAB": "Sexual abuse",
            "EMO": "Emotional abuse", "MUL": "Multiple/not recommended"}
NEW_PLACEMENT = frozenset({"S", "P", "B"})
LEAVING_CARE_TEAM = "Leaving Care Team"
PERIOD_DAYS = 183
"""The lists' period: the six months up to the list's date."""
EARLY_HELP = ("Early Help Locality 1", "Early Help Locality 2", "Early Help Locality 3",
              "Family Hub North", "Family Hub South", "School Early Help Service")


class Lists:
    """The Annex A tables of one authority as at one day."""

    def __init__(self, world: World, as_at: date) -> None:
        self.world = world
        self.day = as_at.toordinal()
        self.since = (as_at - timedelta(days=PERIOD_DAYS)).toordinal() + 1
        self.year_ago = (as_at - timedelta(days=365)).toordinal() + 1
        self.rows = {t.name: Rows(t) for t in registry().return_spec("annex_a").tables}
        self.code = world.authority.la_code

    def rng(self, child: Child, purpose: str) -> random.Random:
        return stream(self.world.seed, self.code, "annex", child.index, purpose, self.day)

    def person(self, child: Child) -> dict[str, object]:
        born = child.dob <= self.day
        return {"child_unique_id": child.child_id,
                "gender": GENDER[child.sex] if born else "Not stated/recorded",
                "ethnicity": child.ethnicity, "date_of_birth": child.dob if born else None,
                "age_of_child_years": round((self.day - child.dob) / 365.25, 2) if born
                else None}

    def disability(self, child: Child) -> str:
        return "No" if child.disabilities == ("NONE",) else "Yes"

    def allocated(self, child: Child, day: int) -> dict[str, str]:
        staff = self.world.staff
        allocation = staff.current(child, min(day, self.day)) if staff is not None else None
        if allocation is None:
            return {"allocated_team": "Unallocated", "allocated_worker": "Unallocated"}
        return {"allocated_team": allocation.worker.team,
                "allocated_worker": allocation.worker.name}

    def seen_before(self, child: Child, end: int, purpose: str, most: int) -> int:
        """A day up to ``most`` days before the case's end or the list's date."""
        last = min(end, self.day)
        return last - between(self.rng(child, purpose), 0, most)

    # -- the lists -------------------------------------------------------------------

    def build(self) -> dict[str, pl.DataFrame]:
        for child in sorted(self.world.children, key=lambda c: c.child_id):
            self.contacts(child)
            self.early_help(child)
            for episode in child.episodes:
                if episode.referral <= self.day and episode.end >= self.since:
                    self.episode(child, episode)
            for number, period in enumerate(child.care):
                if (not period.short_break and period.start <= self.day
                        and period.end >= self.since):
                    self.in_care(child, number, period)
            self.leaver(child)
        return frames(self.rows)

    def contacts(self, child: Child) -> None:
        for day, source in child.contacts:
            if self.since <= day <= self.day:
                self.rows["annex_a_list_1"].add(**self.person(child), date_of_contact=day,
                                                contact_source=source)

    def early_help(self, child: Child) -> None:
        for number, (start, end) in enumerate(child.early_help):
            if self.since <= start <= self.day:
                team = EARLY_HELP[(child.index + number) % len(EARLY_HELP)]
                self.rows["annex_a_list_2"].add(
                    **self.person(child), assessment_start_date=start,
                    assessment_completion_date=end if end is not None and end <= self.day
                    else None, organisation_completing_assessment=team)

    def episode(self, child: Child, episode: Episode) -> None:
        person = self.person(child)
        if self.since <= episode.referral:
            earlier = sum(1 for e in child.episodes
                          if episode.referral - 365 <= e.referral < episode.referral)
            self.rows["annex_a_list_3"].add(
                **person, date_of_referral=episode.referral, referral_source=episode.source,
                referral_nfa="Yes" if episode.nfa else "No",
                number_of_referrals_in_last_12_months=earlier,
                **self.allocated(child, episode.referral))
        if episode.nfa:
            return
        closed = episode.closure if episode.closure is not None and (
            episode.closure <= self.day) else None
        for assessment in episode.assessments:
            if assessment.start <= self.day and assessment.authorised >= self.since:
                done = assessment.authorised if assessment.authorised <= self.day else None
                needed = None if done is None else (
                    "No" if episode.reason in ("RC8", "RC9") and episode.closure is not None
                    else "Yes")
                self.rows["annex_a_list_4"].add(
                    **person, disability=self.disability(child),
                    continuous_assessment_start_date=assessment.start,
                    child_seen_during_continuous_assessment="Yes",
                    continuous_assessment_date_of_authorisation=done,
                    assessed_as_requiring_social_care_support=needed,
                    **self.allocated(child, assessment.start))
        for enquiry in episode.enquiries:
            if self.since <= enquiry.start <= self.day:
                held = enquiry.conference if enquiry.conference is not None and (
                    enquiry.conference <= self.day) else None
                all_enquiries = [s for e in child.episodes for s in e.enquiries]
                self.rows["annex_a_list_5"].add(
                    **person, disability=self.disability(child),
                    section_47_enquiry_start_date=enquiry.start,
                    icpc_deemed_unnecessary="Yes" if enquiry.conference is None else "No",
                    date_of_icpc=held,
                    icpc_resulted_in_cp_plan=("Yes" if enquiry.plan else "No") if held
                    else None,
                    number_of_section_47_enquiries_in_last_12_months=sum(
                        1 for s in all_enquiries if enquiry.start - 365 <= s.start < enquiry.start),
                    number_of_icpcs_in_last_12_months=sum(
                        1 for s in all_enquiries if s.conference is not None
                        and enquiry.start - 365 <= s.conference < enquiry.start),
                    **self.allocated(child, enquiry.start))
        self.rows["annex_a_list_6"].add(
            **person, disability=self.disability(child), cin_start_date=episode.referral,
            primary_need_code=episode.need,
            date_child_was_last_seen=self.seen_before(child, episode.end, "seen", 20),
            cin_closure_date=closed, reason_for_closure=episode.reason if closed else None,
            case_status=self.status(child, episode), **self.allocated(child, episode.end))
        for plan in episode.protection:
            if plan.start <= self.day and (plan.end or OPEN) >= self.since:
                ended = plan.end if plan.end is not None and plan.end <= self.day else None
                reviews = [r for r in plan.reviews if r <= self.day]
                self.rows["annex_a_list_7"].add(
                    **person, disability=self.disability(child), cp_plan_start_date=plan.start,
                    initial_category_of_abuse=CATEGORY[plan.initial_category],
                    latest_category_of_abuse=CATEGORY[plan.latest_category],
                    date_of_last_statutory_visit=self.seen_before(
                        child, plan.end or OPEN, "visit", 14),
                    child_seen_alone="Yes" if self.day - child.dob > 4 * 365 else "No",
                    date_of_latest_review_conference=reviews[-1] if reviews else None,
                    cp_plan_end_date=ended, emergency_protection_last_six_months="No",
                    number_of_previous_cp_plans=plan.previous_plans,
                    **self.allocated(child, plan.end or OPEN))

    def status(self, child: Child, episode: Episode) -> str:
        if episode.closure is not None and episode.closure <= self.day:
            return "Closed episode"
        day = self.day
        if child.in_care_on(day):
            return "Looked after child"
        if any(p.start <= day < (p.end or OPEN) for p in episode.protection):
            return "Child Protection plan"
        if any(p.start <= day < (p.end or OPEN) for p in episode.plans):
            return "Child in need plan"
        return "Open assessment"

    def in_care(self, child: Child, number: int, period: CarePeriod) -> None:
        rng = self.rng(child, f"care{number}")
        episodes = [e for e in period.episodes if e.start <= self.day]
        last = episodes[-1]
        ended = period.end if period.end <= self.day else None
        status_start = last.start
        for episode in reversed(episodes):
            if episode.legal_status != last.legal_status:
                break
            status_start = episode.start
        placed = max((e.start for e in episodes if e.reason_new in NEW_PLACEMENT),
                     default=period.start)
        moves = sum(1 for e in episodes if e.reason_new in NEW_PLACEMENT
                    and self.year_ago <= e.start <= self.day)
        at_start = any(e.start < self.year_ago <= (e.end or OPEN) for e in episodes)
        earlier = [p for p in child.care if not p.short_break and p is not period
                   and period.start - 365 <= p.end < period.start]
        reviews = care_details.reviews(self.world.seed, self.code, child, number, period,
                                       self.day)
        missing = [m for m in care_details.missing(
            self.world.seed, self.code, self.world.authority.profile, child, number, period,
            self.day) if self.year_ago <= m.start <= self.day]
        went_missing = [m for m in missing if m.kind == "M"]
        last_day = ended or self.day
        self.rows["annex_a_list_8"].add(
            **self.person(child), uasc_last_12_months="Yes" if child.uasc else "No",
            disability=self.disability(child), date_started_to_be_looked_after=period.start,
            category_of_need=period.need,
            second_period_last_12_months="Yes" if earlier else "No",
            start_date_of_current_legal_status=status_start, legal_status=last.legal_status,
            date_of_latest_statutory_review=reviews[-1].day if reviews else None,
            date_of_last_social_work_visit=last_day - between(rng, 0, 40),
            permanence_plan=_permanence(period, child, self.day),
            date_of_last_iro_visit=last_day - between(rng, 5, 120),
            date_of_last_health_assessment=max(period.start, last_day - between(rng, 20, 330)),
            date_of_last_dental_check=max(period.start, last_day - between(rng, 30, 360)),
            number_of_placements_in_last_12_months=moves + (1 if at_start else 0),
            date_ceased_to_be_looked_after=ended,
            reason_ceased_to_be_looked_after=last.reason_end if ended else None,
            start_date_of_most_recent_placement=placed, placement_type=last.placement,
            placement_provider=last.provider,
            placement_postcode=last.postcode or child.home_postcode,
            urn_of_placement=last.urn, placement_location="In" if last.la == self.code else "Out",
            la_of_placement=last.la,
            missing_episodes_last_12_months=len(went_missing),
            absent_episodes_last_12_months=len(missing) - len(went_missing),
            return_interview_offered="Yes" if went_missing else None,
            return_interview_accepted=(("Yes" if rng.random() < 0.55 else "No")
                                       if went_missing else None),
            **self.allocated(child, last_day))
        if period.adoption is not None:
            self.adoption(child, period)

    def adoption(self, child: Child, period: CarePeriod) -> None:
        track = period.adoption
        assert track is not None
        if track.decision > self.day:
            return
        concluded = min(x for x in (track.adopted, track.reversed_on, OPEN) if x is not None)
        if concluded < self.since:
            return

        def known(day: int | None) -> int | None:
            return day if day is not None and day <= self.day else None

        ffa = next((e.start for e in period.episodes if e.placement in ("U2", "U5")), None)
        family = f"F{child.child_id}"
        self.rows["annex_a_list_10"].add(
            child_unique_id=child.child_id, family_identifier=family,
            **{k: v for k, v in self.person(child).items() if k != "child_unique_id"},
            disability=self.disability(child), date_entered_care=period.start,
            date_of_decision_to_place_for_adoption=track.decision,
            date_of_placement_order=known(track.placement_order),
            date_of_matching=known(track.matched), date_placed_for_adoption=known(track.placed),
            date_of_adoption_order=known(track.adopted),
            date_of_decision_no_longer_placed=known(track.reversed_on),
            reason_no_longer_placed=track.reversed_reason if known(track.reversed_on) else None,
            date_placed_in_ffa_or_concurrent_planning=known(ffa))
        if track.matched is not None and track.matched <= self.day:
            self.adopters(child, track.adopters, family, track)

    def adopters(self, child: Child, adopters: str, family: str, track: Adoption) -> None:
        rng = self.rng(child, "adopters")
        matched = track.matched
        assert matched is not None
        enquiry = matched - between(rng, 400, 800)
        approved = matched - between(rng, 30, 200)
        people = [adopters[0]] if adopters in ("M1", "F1") else list(adopters)
        for number, sex in enumerate(people, start=1):
            self.rows["annex_a_list_11"].add(
                individual_adopter_identifier=f"A{child.child_id}{number}",
                family_identifier=family, gender=GENDER[sex],
                ethnicity=rng.choice(("WBRI", "WBRI", "WBRI", "AIND", "MWBC", "BCRB")),
                disability="No", fostering_for_adoption="Yes" if track.with_foster_carer
                else "No", date_enquiry_received=enquiry,
                date_stage_1_started=enquiry + 20, date_stage_1_ended=enquiry + 80,
                date_stage_2_started=enquiry + 95, date_stage_2_ended=approved - 10,
                date_application_submitted=enquiry + 90, date_application_approved=approved,
                date_matched=matched,
                date_placed=track.placed if track.placed and track.placed <= self.day else None,
                number_of_children_placed=1 if track.placed and track.placed <= self.day
                else None,
                date_of_adoption_order=track.adopted if track.adopted and (
                    track.adopted <= self.day) else None)

    def leaver(self, child: Child) -> None:
        """Care leavers aged 16 to 21 who have left care, with their personal adviser."""
        if not child.care or child.in_care_on(self.day):
            return
        age = (self.day - child.dob) / 365.25
        if not 16 <= age < 21 or not eligible(child):
            return
        periods = [p for p in child.care if not p.short_break]
        left = periods[-1].end
        if left > self.day:
            return
        rng = self.rng(child, "leaver")
        lasting = stream(self.world.seed, self.code, "leaver", child.index)
        adviser_from = left + between(lasting, 0, 90)
        adviser = (f"{rng.choice(_ADVISERS)}" if adviser_from <= self.day else "Unallocated")
        shares = self.world.authority.profile.year(collection_year(self.day))
        group = "17_18" if age < 19 else "19_21"
        touch = rng.random() >= 0.08
        working = rng.random() < shares.share(f"eet_percent_{group}")
        suitable = rng.random() < shares.share(f"suitable_percent_{group}")
        self.rows["annex_a_list_9"].add(
            **self.person(child), uasc="Yes" if child.uasc else "No",
            disability=self.disability(child), allocated_team=LEAVING_CARE_TEAM,
            allocated_worker=adviser, allocated_personal_advisor=adviser,
            eligibility_category="Relevant child" if age < 18 else "Former relevant child",
            latest_pathway_plan_review_date=self.day - between(rng, 5, 180),
            la_in_touch="YES" if touch else rng.choice(("NO", "REFU")),
            latest_date_of_contact=self.day - between(rng, 1, 60) if touch else None,
            type_of_accommodation=rng.choice(("U", "D", "B", "E", "Z", "K")) if touch else None,
            suitability_of_accommodation=("Suitable" if suitable else "Unsuitable") if touch
            else None,
            activity_status=(rng.choice(("F2", "F5", "F1", "P2")) if working else
                             rng.choice(("G5", "G4", "G6"))) if touch else None)


_ADVISERS = ("Alex Morgan", "Bethany Shaw", "Chris Doyle", "Dionne Grant", "Ewan Ross",
             "Fatima Noor", "Gareth Pugh", "Helen Marsh")


def _permanence(period: CarePeriod, child: Child, day: int) -> str:
    last = period.episodes[-1]
    if period.adoption is not None and period.adoption.reversed_on is None:
        return "Adoption"
    if last.legal_status == "V2" and day - period.start < 365:
        return "Return to family"
    if last.placement in ("U1", "U4"):
        return "Long-term fostering"
    if last.placement in ("K3", "H5", "P2"):
        return "Supported living in the community"
    if last.placement == "K2":
        return "Long-term residential placement"
    if day - child.dob < 16 * 365 and last.placement in ("U3", "U6"):
        return "SGO/CAO" if last.placement == "U3" else "Long-term fostering"
    return "Other"


def extract(world: World, as_at: date) -> dict[str, pl.DataFrame]:
    return Lists(world, as_at).build()
